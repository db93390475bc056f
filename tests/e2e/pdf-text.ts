import { extractText, extractTextItems, getDocumentProxy } from "unpdf";

/** What a PDF reader (pdf.js, through unpdf) finds in a PDF, every page. */
export interface PdfText {
  /** The text in reading order, each run of whitespace (line breaks included) made one space. */
  text: string;
  /** Each run of text the PDF draws on its own (a link, a line's piece in one font), apart. */
  runs: string[];
}

/**
 * The text of a PDF. Glyphs drawn without a text mapping (a font that lacks Cyrillic, say) do not come
 * out as the letters they show, and a word drawn partly in a fallback font comes out cut in two.
 */
export async function pdfText(pdf: Buffer): Promise<PdfText> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  const { items } = await extractTextItems(document);
  return {
    text: oneLine(text),
    runs: items
      .flat()
      .map((item) => oneLine(item.str))
      .filter(Boolean),
  };
}

/** Text as `pdfText` gives it: one space for every run of whitespace. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Whether `label` stands in the PDF as words of their own (not inside a longer word), in its text or
 * in any run apart (the text joins some lines with no space between them).
 */
export function hasWords({ text, runs }: PdfText, label: string): boolean {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const words = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u");
  return words.test(text) || runs.some((run) => words.test(run));
}
