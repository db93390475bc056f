import "server-only";
import mammoth from "mammoth";
import { AppError } from "@/lib/errors/app-error";
import { MAX_HTML_CHARS } from "./analyze-input";
import { checkZipEntries, ZipRefusal } from "./zip-entries";

/** The largest .docx upload: a long article with a few photographs. */
export const MAX_DOCX_BYTES = 10 * 1024 * 1024;
/**
 * What its parts may inflate to together, and how many there may be: a long article's text with its
 * markup and a few photographs are far below both, while mammoth inflates and holds a document whole,
 * several times over (what a small archive of much text costs it: bench/results.md, "Open data").
 */
const MAX_DOCX_INFLATED_BYTES = 25 * 1024 * 1024;
const MAX_DOCX_ENTRIES = 2000;

/** Every zip archive (and so every .docx) starts with a local file header. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function notDocx(reason: string): AppError {
  return new AppError("UNSUPPORTED_MEDIA_TYPE", `The file is not a Word document (.docx): ${reason}`, {
    issues: [{ path: "file", issue: "Choose a .docx file saved by Word, LibreOffice or Google Docs." }],
  });
}

function tooLarge(reason: string): AppError {
  return new AppError("TOO_LARGE", `The document is too large to read: ${reason}`, {
    issues: [{ path: "file", issue: "Split the document, or paste the article's text." }],
  });
}

/**
 * A Word document as HTML (headings, paragraphs, lists, links; images left out), for the same
 * analysis as a pasted page. What is refused, before mammoth opens it: a file that is not a zip
 * archive (a renamed binary), and an archive that would inflate past the limits or lies about its
 * sizes (a zip bomb); then anything mammoth cannot read as a document, and a document whose text is
 * longer than the analysis reads.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength > MAX_DOCX_BYTES) throw tooLarge(`a .docx may be at most ${MAX_DOCX_BYTES / (1024 * 1024)} MB.`);
  if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) throw notDocx("it is not a zip archive, as a .docx is.");
  try {
    checkZipEntries(bytes, { maxEntries: MAX_DOCX_ENTRIES, maxInflatedBytes: MAX_DOCX_INFLATED_BYTES });
  } catch (error) {
    if (!(error instanceof ZipRefusal)) throw error;
    throw error.tooLarge ? tooLarge(error.message) : notDocx(error.message);
  }
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Images would come back as data URLs: the analysis only needs their places, not their bytes.
    ({ value: html } = await mammoth.convertToHtml({ buffer }, { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) }));
  } catch (error) {
    throw notDocx(error instanceof Error ? `${error.message.split("\n")[0]}.` : "it could not be read.");
  }
  if (html.trim() === "")
    throw new AppError("INVALID_INPUT", "The document has no text.", { issues: [{ path: "file", issue: "The document is empty." }] });
  if (html.length > MAX_HTML_CHARS)
    throw tooLarge(`its text is longer than the ${MAX_HTML_CHARS.toLocaleString("en")} characters an analysis reads.`);
  return html;
}
