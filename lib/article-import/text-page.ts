import { isFurniture } from "./furniture";
import { takeImageReferences } from "./image-references";
import type { PageBlock, PageSource } from "./page-blocks";
import { datelineOf, publisherOfLine } from "./page-facts";

const SENTENCE_END = /[.!?…:;]["'»”)]*$/;
const MAX_HEADING_CHARS = 200;
const MAX_HEADING_WORDS = 30;

/** A pasted plain-text page: one block per paragraph, furniture dropped, image names gathered. */
export function readTextPage(text: string): PageSource {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const blocks: PageBlock[] = [];
  let publisher: string | null = null;
  let publishedEdtf: string | null = null;
  let blank = true;
  for (const raw of lines) {
    const { images, rest } = takeImageReferences(raw);
    if (images.length > 0) blocks.push({ kind: "images", sources: images });
    const line = rest.replace(/\s+/g, " ").trim();
    if (!line) {
      blank = true;
      continue;
    }
    if (isFurniture(line)) continue;
    const named = publisherOfLine(line);
    if (named) {
      publisher ??= named;
      continue;
    }
    const dateline = datelineOf(line);
    if (dateline) {
      publishedEdtf ??= dateline;
      continue;
    }
    const previous = blocks.at(-1);
    // A paragraph hard-wrapped over several lines: the next line carries on the sentence.
    if (previous?.kind === "paragraph" && !blank && !SENTENCE_END.test(previous.text) && /^\p{Ll}/u.test(line)) {
      previous.text = `${previous.text} ${line}`;
    } else {
      blocks.push({ kind: "paragraph", text: line });
    }
    blank = false;
  }
  return { blocks: markHeadings(blocks), title: null, publisher, publishedEdtf };
}

/** A short line without a sentence's closing mark, followed by a paragraph, is a heading. */
function markHeadings(blocks: PageBlock[]): PageBlock[] {
  return blocks.map((block, index) => {
    if (block.kind !== "paragraph" || !looksLikeHeading(block.text)) return block;
    const next = blocks.slice(index + 1).find((other) => other.kind !== "images");
    return next?.kind === "paragraph" && !looksLikeHeading(next.text) ? { kind: "heading", text: block.text } : block;
  });
}

function looksLikeHeading(line: string): boolean {
  return (
    line.length <= MAX_HEADING_CHARS &&
    line.split(" ").length <= MAX_HEADING_WORDS &&
    line.split(" ").length >= 2 &&
    !SENTENCE_END.test(line) &&
    /^["«“„']?\p{Lu}/u.test(line)
  );
}
