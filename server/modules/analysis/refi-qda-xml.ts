// A small XML 1.0 writer for the REFI-QDA files (refi-qda.ts): elements with attributes, children or
// text, escaped so that parsing gives back exactly the strings written, less what XML cannot carry.

/** Everything XML 1.0 cannot carry: C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Escapes text for element content or a double-quoted attribute; CR, LF and tab as character references
 * so that neither end-of-line handling nor attribute normalisation changes them. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"'\r\n\t]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&apos;';
      case '\r':
        return '&#13;';
      case '\n':
        return '&#10;';
      default:
        return '&#9;';
    }
  });
}

export interface XmlElement {
  name: string;
  attributes?: Record<string, string | undefined>;
  children?: XmlElement[];
  text?: string;
}

function render(element: XmlElement, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(element.attributes ?? {})
    .flatMap(([key, value]) => (value === undefined ? [] : [` ${key}="${escapeXml(value)}"`]))
    .join('');
  const children = element.children ?? [];
  if (element.text !== undefined) {
    // Text elements hold no child elements, so no indentation whitespace gets into their content.
    out.push(`${indent}<${element.name}${attributes}>${escapeXmlText(element.text)}</${element.name}>`);
  } else if (children.length === 0) {
    out.push(`${indent}<${element.name}${attributes}/>`);
  } else {
    out.push(`${indent}<${element.name}${attributes}>`);
    for (const child of children) render(child, depth + 1, out);
    out.push(`${indent}</${element.name}>`);
  }
}

/** Element content keeps quotes and newlines readable; only CR needs a reference to survive parsing. */
function escapeXmlText(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function toXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  render(root, 0, out);
  return `${out.join('\n')}\n`;
}
