export interface SourceRef {
  key: string;
  title: string;
  url: string | null;
  publisher: string | null;
  accessedOn: string | null;
}

export type CitedSource = SourceRef & { fields: string[]; notes: string[] };

export const citationSelect = {
  select: { field: true, note: true, source: { select: { key: true, title: true, url: true, publisher: true, accessedOn: true } } },
} as const;

/** Each source once, with the fields it supports and its notes, for entry and article pages alike. */
export function groupCitations(citations: { field: string; note: string; source: SourceRef }[]): CitedSource[] {
  const sources = new Map<string, CitedSource>();
  for (const citation of citations) {
    const source = sources.get(citation.source.key) ?? { ...citation.source, fields: [], notes: [] };
    if (!source.fields.includes(citation.field)) source.fields.push(citation.field);
    if (citation.note) source.notes.push(citation.note);
    sources.set(citation.source.key, source);
  }
  return [...sources.values()];
}
