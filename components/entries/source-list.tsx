import type { SourceRef } from "@/lib/data/entries/get-published-entry";

const FIELD_LABELS: Record<string, string> = {
  title: "name",
  date: "date",
  coordinates: "location",
  place: "place",
  authors: "authors",
  dimensions: "size",
  description: "description",
  status: "status",
  text: "text",
};

export function SourceList({ sources }: { sources: (SourceRef & { fields: string[]; notes?: string[] })[] }) {
  if (sources.length === 0) return <p>No sources are recorded for this entry.</p>;
  return (
    <ol className="source-list">
      {sources.map((source) => (
        <li key={source.key}>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer">
              {source.title}
            </a>
          ) : (
            <cite>{source.title}</cite>
          )}
          {source.publisher ? <span className="publisher"> · {source.publisher}</span> : null}
          <span className="supports"> — supports: {source.fields.map((f) => FIELD_LABELS[f] ?? f).join(", ")}</span>
          {source.notes?.length ? <span className="source-notes"> ({source.notes.join(" ")})</span> : null}
        </li>
      ))}
    </ol>
  );
}
