/** What an import wrote and what it found already there: a re-import of the same article finds everything. */
export interface ArticleImportOutcome {
  article: { slug: string; created: boolean };
  /** Accepted events and people or organisations: new drafts, or entries already there. */
  entries: { key: string; slug: string; kind: string; created: boolean }[];
  /** Accepted links between entries (article mentions are in `mentions`). */
  links: { key: string; from: string; to: string; type: string; created: boolean }[];
  /** The entries the article mentions, with whether this import added the mention. */
  mentions: { slug: string; created: boolean }[];
}
