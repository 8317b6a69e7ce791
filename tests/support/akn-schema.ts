import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { ROOT } from './project.ts';

/** The OASIS Akoma Ntoso 3.0 schema kept in shared/akn/ (see its README), with the xml: namespace schema it imports. */
const AKN_DIR = `${ROOT}../shared/akn/`;

/** Validates XML files against the Akoma Ntoso 3.0 XSD with libxml2 (xmllint compiled to WebAssembly). */
export async function validateAkn(files: { fileName: string; contents: string }[]): Promise<string[]> {
  const result = await validateXML({
    xml: files,
    schema: [{ fileName: 'akomantoso30.xsd', contents: readFileSync(`${AKN_DIR}akomantoso30.xsd`, 'utf8') }],
    preload: [{ fileName: 'xml.xsd', contents: readFileSync(`${AKN_DIR}xml.xsd`, 'utf8') }],
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
