import { NOTE_COLUMNS_SELECT, type NoteColumns, type NoteText, noteFromColumns, noteIn } from "@/lib/content/localized-note";

export interface SourceRef {
  key: string;
  title: string;
  url: string | null;
  publisher: string | null;
  accessedOn: string | null;
  /** The title's language (BCP 47 primary tag), null when unknown: pages mark a title that is not in theirs. */
  language: string | null;
}

/** The columns of a source every page and the API show. */
export const SOURCE_REF_SELECT = { key: true, title: true, url: true, publisher: true, accessedOn: true, language: true } as const;

/** `notes`: what the source says for each field, in the page's language or else the other one. */
export type CitedSource = SourceRef & { fields: string[]; notes: NoteText[] };

export const citationSelect = {
  select: {
    field: true,
    ...NOTE_COLUMNS_SELECT,
    source: { select: SOURCE_REF_SELECT },
  },
} as const;

/** Each source once, with the fields it supports and its notes, for entry and article pages alike. */
export function groupCitations(citations: ({ field: string; source: SourceRef } & NoteColumns)[], locale: string): CitedSource[] {
  const sources = new Map<string, CitedSource>();
  for (const citation of citations) {
    const source = sources.get(citation.source.key) ?? { ...citation.source, fields: [], notes: [] };
    if (!source.fields.includes(citation.field)) source.fields.push(citation.field);
    const note = noteIn(noteFromColumns(citation), locale);
    // A note given for two fields of one source is said once.
    if (note && !source.notes.some((n) => n.text === note.text)) source.notes.push(note);
    sources.set(citation.source.key, source);
  }
  return [...sources.values()];
}
