/**
 * A minimal XML tree and its serialiser. Text and attribute values are always escaped, so source text
 * stays data whatever characters it holds; characters XML 1.0 cannot carry at all are dropped.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string | null | undefined>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** An element; attributes whose value is null or undefined are left out. */
export function el(name: string, attrs: XmlElement['attrs'] = {}, children: (XmlNode | null | false | undefined)[] = []): XmlElement {
  return { name, attrs, children: children.filter((c): c is XmlNode => c !== null && c !== false && c !== undefined && c !== '') };
}

// Control characters other than tab, line feed and carriage return are not allowed in XML 1.0, even escaped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

export function escapeText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/gu, '&quot;').replace(/\t/gu, '&#9;').replace(/\n/gu, '&#10;').replace(/\r/gu, '&#13;');
}

function hasElementChildren(node: XmlElement): boolean {
  return node.children.some((c) => typeof c !== 'string');
}

function hasTextChildren(node: XmlElement): boolean {
  return node.children.some((c) => typeof c === 'string');
}

/** Serialises with indentation where an element holds only elements; mixed content is written as is. */
export function serialize(node: XmlNode, indent = '', compact = false): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .filter((e): e is [string, string] => e[1] !== null && e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');
  if (node.children.length === 0) return `${indent}<${node.name}${attrs}/>`;
  // Inside mixed content every space is text: no indentation from here down.
  if (compact || hasTextChildren(node) || !hasElementChildren(node)) {
    return `${indent}<${node.name}${attrs}>${node.children.map((c) => serialize(c, '', true)).join('')}</${node.name}>`;
  }
  const inner = node.children.map((c) => serialize(c, `${indent}  `)).join('\n');
  return `${indent}<${node.name}${attrs}>\n${inner}\n${indent}</${node.name}>`;
}

export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`;
}
