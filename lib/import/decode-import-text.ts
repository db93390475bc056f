import { AppError } from "@/lib/errors/app-error";

function refused(message: string, issue: string): AppError {
  return new AppError("UNSUPPORTED_MEDIA_TYPE", `${message} Nothing was imported.`, { issues: [{ path: "file", issue }] });
}

/** Whether a character is a control character no text file of entries holds (tab, line feed and carriage return are text). */
function isBinaryChar(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x0b;
}

function looksBinary(text: string): boolean {
  const end = Math.min(text.length, 65_536);
  for (let i = 0; i < end; i++) if (isBinaryChar(text.charCodeAt(i))) return true;
  return false;
}

/**
 * An import file's bytes as text: UTF-8, with or without a byte order mark (which is dropped). A
 * binary file (an image or a spreadsheet renamed .csv) and text in another encoding (UTF-16,
 * Windows-1251) are refused whole rather than imported as mojibake.
 */
export function decodeImportText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw refused("The file is UTF-16 text.", "Save the file as UTF-8 (in Excel: “CSV UTF-8”).");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const binary = bytes.subarray(0, 4096).some((byte) => byte === 0);
    throw binary
      ? refused("The file is not text (it looks like a binary file).", "Choose a CSV, GeoJSON or KML file.")
      : refused("The file is not UTF-8 text.", "Save the file as UTF-8 (in Excel: “CSV UTF-8”).");
  }
  if (looksBinary(text)) {
    throw refused("The file is not text (it looks like a binary file).", "Choose a CSV, GeoJSON or KML file.");
  }
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}
