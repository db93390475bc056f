import type { SnippetPart } from "@/lib/search/highlight-snippet";

/** A search passage with the matching words in <mark>, built from parts so no HTML is injected. */
export function HighlightedSnippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <span className="snippet">
      {parts.map((part, index) =>
        // The parts are a fixed split of one passage, never reordered: their position is their identity.
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <mark key={index}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
}
