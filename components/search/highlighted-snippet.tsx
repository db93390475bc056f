import type { SnippetPart } from "@/lib/search/highlight-snippet";

/** A search passage with the matching words in <mark>, built from parts so no HTML is injected. */
export function HighlightedSnippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <span className="snippet">
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}
