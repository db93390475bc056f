/** Characters XML 1.0 cannot carry at all, even escaped (most control characters, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#xD;" };

/**
 * Text as the content of an XML element, read back exactly as given: every "&" escaped (an "&amp;"
 * that was typed stays "&amp;"), and a carriage return as a reference, which a parser would otherwise
 * turn into a line feed. A character XML cannot carry becomes U+FFFD rather than a file no parser reads.
 */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, "\uFFFD").replace(/[&<>\r]/g, (character) => ESCAPES[character]!);
}
