/**
 * The environment for a build started from a test: Vitest puts Vite's variables (BASE_URL, MODE,
 * DEV, PROD, SSR, VITEST...) into process.env, and Astro would read them as its own.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST') || key.startsWith('VITE_')) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}
