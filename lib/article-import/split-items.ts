import type { PageBlock } from "./page-blocks";

/** One news item of a page: its heading if it has one, its paragraphs and the images shown with it. */
export interface PageItem {
  heading: string | null;
  paragraphs: string[];
  images: string[];
}

/**
 * A page's items. Each heading starts an item that runs to the next heading. Paragraphs before the
 * first heading stand alone, one item each (the short headline items a news page shows above its
 * article); a page without headings is one item. Where the markup says where items start (an
 * itemBreak), an item also ends there, and the paragraphs after it belong together whether or not a
 * heading leads them. Images belong to the item they appear in or after.
 */
export function splitItems(blocks: readonly PageBlock[]): PageItem[] {
  const hasHeadings = blocks.some((block) => block.kind === "heading");
  const items: PageItem[] = [];
  let current: PageItem | null = null;
  let marked = false;
  for (const block of blocks) {
    if (block.kind === "itemBreak") {
      current = null;
      marked = true;
    } else if (block.kind === "images") {
      if (!current) items.push((current = { heading: null, paragraphs: [], images: [] }));
      current.images.push(...block.sources);
    } else if (block.kind === "heading") {
      items.push((current = { heading: block.text, paragraphs: [], images: [] }));
    } else if (!current || (!marked && hasHeadings && current.heading === null && current.paragraphs.length > 0)) {
      items.push((current = { heading: null, paragraphs: [block.text], images: [] }));
    } else {
      current.paragraphs.push(block.text);
    }
  }
  return mergeImageOnlyItems(items).filter((item) => item.paragraphs.length > 0);
}

/** Images shown before any text belong to the item that follows them. */
function mergeImageOnlyItems(items: PageItem[]): PageItem[] {
  const merged: PageItem[] = [];
  let pending: string[] = [];
  for (const item of items) {
    if (item.paragraphs.length === 0 && item.heading === null) {
      pending.push(...item.images);
      continue;
    }
    merged.push({ ...item, images: [...pending, ...item.images] });
    pending = [];
  }
  return merged;
}
