import { AppError } from "@/lib/errors/app-error";
import type { ImportEncoding } from "@/lib/validation/import-upload";
import type { LocalizedMessage } from "@/lib/validation/messages";
import { looksLikeUtf8, looksLikeWindows1251 } from "./text-encoding-guess";

function refused(message: string, issue: string): AppError {
  return new AppError("UNSUPPORTED_MEDIA_TYPE", `${message} Nothing was imported.`, { issues: [{ path: "file", issue }] });
}

/** A refusal that names the encoding to choose, said in the reader's language by the form (the problem's `reason`). */
function wrongEncoding(message: LocalizedMessage): AppError {
  return new AppError("UNSUPPORTED_MEDIA_TYPE", message, { issues: [{ path: "encoding", issue: "Choose the file's encoding." }] });
}

const notText = () => refused("The file is not text (it looks like a binary file).", "Choose a CSV, GeoJSON or KML file.");

/** Whether a character is a control character no text file of entries holds (tab, line feed and carriage return are text). */
function isBinaryChar(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x0b;
}

/** Windows-1251 has no letter at 0x98, read as a C1 control character: a sign of a wrong choice of encoding. */
const isC1Control = (code: number) => code >= 0x80 && code <= 0x9f;

/** Characters looked at for control characters: a binary file shows itself long before. */
const SNIFFED_CHARS = 65_536;
/** Bytes looked at for a zero byte when the file is not UTF-8: binary, or text in another encoding. */
const SNIFFED_BYTES = 4096;

/**
 * An import file's bytes as text, chunk by chunk as they come (so a large file is never held whole):
 * UTF-8, with or without a byte order mark (which is dropped), or Windows-1251 when the person chose
 * it. A binary file (an image or a spreadsheet renamed .csv), UTF-16, and text in another encoding
 * than the one chosen are refused whole rather than imported as mojibake: Windows-1251 read as UTF-8
 * with a refusal that says to choose Windows-1251, UTF-8 read as Windows-1251 with one that says to
 * choose UTF-8. The refusal is thrown where the reading finds it.
 */
export async function* decodeImportText(chunks: AsyncIterable<Uint8Array>, encoding: ImportEncoding = "utf-8"): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  let start: Uint8Array | null = null;
  let sniffed = 0;
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      if (start?.subarray(0, SNIFFED_BYTES).some((byte) => byte === 0)) throw notText();
      // The chunk that is not UTF-8: a register's first lines may all be ASCII.
      if (looksLikeWindows1251(bytes ?? start ?? new Uint8Array())) throw wrongEncoding({ key: "importLooksWindows1251" });
      throw refused("The file is not UTF-8 text.", "Save the file as UTF-8 (in Excel: “CSV UTF-8”), or choose its encoding.");
    }
  };
  const checked = (text: string) => {
    for (let i = 0; i < text.length && sniffed < SNIFFED_CHARS; i++, sniffed++) {
      const code = text.charCodeAt(i);
      if (isBinaryChar(code) || (encoding !== "utf-8" && isC1Control(code))) throw notText();
    }
    return text;
  };
  for await (const bytes of chunks) {
    if (start === null) {
      start = bytes.subarray(0, SNIFFED_BYTES);
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw refused("The file is UTF-16 text.", "Save the file as UTF-8 (in Excel: “CSV UTF-8”).");
      }
      if (encoding !== "utf-8" && looksLikeUtf8(start)) throw wrongEncoding({ key: "importLooksUtf8" });
    }
    const text = checked(decode(bytes));
    if (text) yield text;
  }
  const rest = checked(decode());
  if (rest) yield rest;
}
