import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The W3C Nu Html Checker's jar, as shipped by the vnu-jar package. */
const JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
}

/**
 * Runs the W3C Nu Html Checker (the validator behind validator.w3.org/nu) over the files in one
 * JVM, and returns its errors as `<file relative to root>:<line>:<column> <message>`.
 */
export async function nuErrors(files: string[], root: string): Promise<string[]> {
  if (files.length === 0) return [];
  let output: string;
  try {
    ({ stderr: output } = await run('java', ['-jar', JAR, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }));
  } catch (e) {
    // vnu exits 1 when it found errors; its report is still on stderr.
    output = (e as { stderr?: string }).stderr ?? '';
    if (!output.trim().startsWith('{')) throw e;
  }
  const { messages } = JSON.parse(output) as { messages: NuMessage[] };
  return messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${relative(root, new URL(m.url).pathname)}:${m.lastLine ?? 0}:${m.lastColumn ?? 0} ${m.message}`);
}
