import { langIfOther } from "@/lib/content/lang-if-other";
import type { SourceRef } from "@/lib/data/sources/group-citations";

export interface SourceTitleProps {
  source: Pick<SourceRef, "title" | "url" | "language">;
  /** The page's language: the title is marked with its own only where that differs. */
  locale: string;
  /** Link the title to the source's address (a printed handout gives the address beside it instead). */
  linked?: boolean;
}

/** A source's title, linked to it where it has an address, and marked with its language. No hooks: server and browser alike. */
export function SourceTitle({ source, locale, linked = true }: SourceTitleProps) {
  const lang = langIfOther(source.language, locale);
  return linked && source.url ? (
    <a href={source.url} rel="noopener noreferrer" lang={lang}>
      {source.title}
    </a>
  ) : (
    <cite lang={lang}>{source.title}</cite>
  );
}
