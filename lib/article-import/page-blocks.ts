/**
 * A pasted page reduced to what the analysis reads: its blocks in order (headings, paragraphs and
 * image references), whatever it came as (plain text or HTML), plus what the page says about itself.
 */
export type PageBlock =
  | { kind: "paragraph"; text: string }
  /** `level` 1–6 where the page's markup gives one (HTML h1–h6). */
  | { kind: "heading"; text: string; level?: number }
  | { kind: "images"; sources: string[] }
  /** Where the page's markup starts a new item of its own (an HTML <article>): what follows is not part of the previous item. */
  | { kind: "itemBreak" };

export interface PageSource {
  blocks: PageBlock[];
  /** The page's own title (HTML <title> or og:title); null for plain text. */
  title: string | null;
  /** Who the page says published it (og:site_name, a "Source:" or "©" line); null when it does not say. */
  publisher: string | null;
  /** When the page says it was published, as an EDTF day, month or year. */
  publishedEdtf: string | null;
}
