import { AppError } from "@/lib/errors/app-error";

function refused(message: string, issue: string): AppError {
  return new AppError("UNSUPPORTED_MEDIA_TYPE", `${message} Nothing was imported.`, { issues: [{ path: "file", issue }] });
}

const notText = () => refused("The file is not text (it looks like a binary file).", "Choose a CSV, GeoJSON or KML file.");

/** Whether a character is a control character no text file of entries holds (tab, line feed and carriage return are text). */
function isBinaryChar(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x0b;
}

/** Characters looked at for control characters: a binary file shows itself long before. */
const SNIFFED_CHARS = 65_536;
/** Bytes looked at for a zero byte when the file is not UTF-8: binary, or text in another encoding. */
const SNIFFED_BYTES = 4096;

/**
 * An import file's bytes as text, chunk by chunk as they come (so a large file is never held whole):
 * UTF-8, with or without a byte order mark (which is dropped). A binary file (an image or a
 * spreadsheet renamed .csv) and text in another encoding (UTF-16, Windows-1251) are refused whole
 * rather than imported as mojibake; the refusal is thrown where the reading finds it.
 */
export async function* decodeImportText(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  let start: Uint8Array | null = null;
  let sniffed = 0;
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw start?.subarray(0, SNIFFED_BYTES).some((byte) => byte === 0)
        ? notText()
        : refused("The file is not UTF-8 text.", "Save the file as UTF-8 (in Excel: “CSV UTF-8”).");
    }
  };
  const checked = (text: string) => {
    for (let i = 0; i < text.length && sniffed < SNIFFED_CHARS; i++, sniffed++) if (isBinaryChar(text.charCodeAt(i))) throw notText();
    return text;
  };
  for await (const bytes of chunks) {
    if (start === null) {
      start = bytes.subarray(0, SNIFFED_BYTES);
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw refused("The file is UTF-16 text.", "Save the file as UTF-8 (in Excel: “CSV UTF-8”).");
      }
    }
    const text = checked(decode(bytes));
    if (text) yield text;
  }
  const rest = checked(decode());
  if (rest) yield rest;
}
