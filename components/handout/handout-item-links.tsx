import type { HandoutItem } from "@/lib/handout/handout-item";

/**
 * Handout items as a numbered list of links to their pages on the full site (in a new tab: the list is
 * in another site's frame), with their dates and, for a tour's steps, the narrative and question.
 */
export function HandoutItemLinks({ items }: { items: HandoutItem[] }) {
  return (
    <ol className="embed-entry-list">
      {items.map((item) => (
        <li key={item.key}>
          <a href={item.path} target="_blank" rel="noopener" lang={item.lang}>
            {item.title}
          </a>
          {item.dateLabel ? <span className="meta"> · {item.dateLabel}</span> : null}
          {item.narrative ? <p>{item.narrative}</p> : null}
          {item.question ? (
            <p>
              <strong>{item.question}</strong>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
