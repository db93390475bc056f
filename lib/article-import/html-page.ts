import { Parser } from "htmlparser2";
import { isFurniture } from "./furniture";
import { takeImageReferences } from "./image-references";
import type { PageBlock, PageSource } from "./page-blocks";
import { datelineOf, publisherOfLine } from "./page-facts";

/** Elements whose content is never an item's text: the site's own navigation and machinery. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "svg",
  "iframe",
  "head",
]);
/** Elements that end a block of text. */
const BLOCK = new Set([
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "section",
  "article",
  "main",
  "blockquote",
  "figure",
  "figcaption",
  "table",
  "tr",
  "td",
  "th",
  "dd",
  "dt",
  "pre",
  "br",
  "hr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);
const HEADING = /^h[1-6]$/;
const PUBLISHER_META = new Set(["og:site_name", "publisher", "article:publisher", "application-name", "dc.publisher"]);
const PUBLISHED_META = new Set(["article:published_time", "date", "dc.date", "pubdate", "publishdate", "datepublished"]);

/** A pasted HTML page: its text blocks (headings apart), images by address, title, publisher and publication date from its metadata. */
export function readHtmlPage(html: string): PageSource {
  const blocks: PageBlock[] = [];
  let title: string | null = null;
  let ogTitle: string | null = null;
  let publisher: string | null = null;
  let publishedEdtf: string | null = null;
  let skipping = 0;
  let inTitle = false;
  let titleText = "";
  let text = "";
  let headingDepth = 0;
  let headingLevel = 0;
  // Only outermost <article>s are items: one inside another is a part of it (a comment, a quote).
  let articleDepth = 0;
  // A <footer> is no item's text, but its copyright line names the publisher.
  let footerDepth = 0;
  let footerText = "";
  const footerLine = () => {
    const line = footerText.replace(/\s+/g, " ").trim();
    footerText = "";
    if (line) publisher ??= publisherOfLine(line);
  };

  const flush = () => {
    const line = text.replace(/\s+/g, " ").trim();
    text = "";
    if (!line) return;
    const { images, rest } = takeImageReferences(line);
    if (images.length > 0) blocks.push({ kind: "images", sources: images });
    if (!rest || isFurniture(rest)) return;
    if (headingDepth > 0) return void blocks.push({ kind: "heading", text: rest, level: headingLevel });
    const named = publisherOfLine(rest);
    if (named) return void (publisher ??= named);
    const dateline = datelineOf(rest);
    if (dateline) return void (publishedEdtf ??= dateline);
    blocks.push({ kind: "paragraph", text: rest });
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "title") inTitle = true;
        if (name === "meta") {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? "").toLowerCase();
          const content = attributes.content?.trim();
          if (content && PUBLISHER_META.has(key)) publisher ??= content;
          if (content && key === "og:title") ogTitle ??= content;
          if (content && PUBLISHED_META.has(key)) publishedEdtf ??= isoDay(content);
        }
        if (name === "footer") footerDepth += 1;
        if (footerDepth > 0 && (BLOCK.has(name) || name === "footer")) footerLine();
        if (SKIPPED.has(name) || skipping > 0) {
          if (SKIPPED.has(name)) skipping += 1;
          return;
        }
        if (name === "time" && attributes.datetime) publishedEdtf ??= isoDay(attributes.datetime);
        if (BLOCK.has(name)) flush();
        if (name === "article" && articleDepth++ === 0) blocks.push({ kind: "itemBreak" });
        if (HEADING.test(name)) {
          headingDepth += 1;
          headingLevel = Number(name[1]);
        }
        if (name === "img" && attributes.src && !attributes.src.startsWith("data:")) {
          flush();
          blocks.push({ kind: "images", sources: [attributes.src] });
        }
      },
      ontext(data) {
        if (inTitle) titleText += data;
        else if (skipping === 0) text += data;
        else if (footerDepth > 0) footerText += data;
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (footerDepth > 0 && (BLOCK.has(name) || name === "footer")) footerLine();
        if (name === "footer") footerDepth = Math.max(0, footerDepth - 1);
        if (SKIPPED.has(name)) {
          skipping = Math.max(0, skipping - 1);
          return;
        }
        if (skipping > 0) return;
        if (BLOCK.has(name)) flush();
        if (name === "article") articleDepth = Math.max(0, articleDepth - 1);
        if (HEADING.test(name)) headingDepth = Math.max(0, headingDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  title = (ogTitle ?? titleText.replace(/\s+/g, " ").trim()) || null;
  return { blocks: sectionsOfArticles(blocks), title, publisher, publishedEdtf };
}

/**
 * Which headings are an article's section titles rather than items of their own. A page of
 * <article>s: within each, the headings after its first, when that first heading has text under it.
 * Otherwise, a page whose first heading is an h1 with text under it is one article: its lower
 * headings are section titles within it. Either way, a first heading followed straight by another
 * heading leads a list, each of whose headings starts an item. Section titles are kept as paragraphs.
 */
function sectionsOfArticles(blocks: PageBlock[]): PageBlock[] {
  if (!blocks.some((block) => block.kind === "itemBreak")) return sectionsOf(blocks, (top, later) => top === 1 && later > 1);
  const kept: PageBlock[] = [];
  let start = 0;
  for (let i = 1; i <= blocks.length; i++) {
    if (i < blocks.length && blocks[i]!.kind !== "itemBreak") continue;
    kept.push(...sectionsOf(blocks.slice(start, i), () => true));
    start = i;
  }
  return kept;
}

/** `blocks` with the headings after the first turned into paragraphs where `isSection` says so, if the first heading has text under it. */
function sectionsOf(blocks: PageBlock[], isSection: (topLevel: number, laterLevel: number) => boolean): PageBlock[] {
  const first = blocks.findIndex((block) => block.kind === "heading");
  const top = blocks[first];
  if (top?.kind !== "heading") return blocks;
  const next = blocks.slice(first + 1).find((block) => block.kind !== "images");
  if (next?.kind !== "paragraph") return blocks;
  return blocks.map((block, i) =>
    i > first && block.kind === "heading" && isSection(top.level ?? 1, block.level ?? 1) ? { kind: "paragraph", text: block.text } : block,
  );
}

/** "2024-06-06T10:00:00+05:00" → "2024-06-06"; anything else that is not an ISO date → null. */
function isoDay(value: string): string | null {
  return /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim())?.slice(1, 4).join("-") ?? null;
}
