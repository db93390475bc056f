import { getLocale, getTranslations } from "next-intl/server";
import type { NoteText } from "@/lib/content/localized-note";
import type { SourceRef } from "@/lib/data/entries/get-published-entry";
import { SourceTitle } from "./source-title";

export async function SourceList({ sources }: { sources: (SourceRef & { fields: string[]; notes?: NoteText[] })[] }) {
  const t = await getTranslations("entry");
  const fields = await getTranslations("sourceFields");
  const locale = await getLocale();
  if (sources.length === 0) return <p>{t("noSources")}</p>;
  return (
    <ol className="source-list">
      {sources.map((source) => (
        <li key={source.key}>
          <SourceTitle source={source} locale={locale} />
          {source.publisher ? <span className="publisher"> · {source.publisher}</span> : null}
          <span className="supports">
            {" "}
            — {t("supports")}: {source.fields.map((f) => (fields.has(f) ? fields(f) : f)).join(", ")}
          </span>
          {source.notes?.length ? (
            <span className="source-notes">
              {" ("}
              {source.notes.map((note, index) => (
                <span key={note.text} lang={note.isFallback ? note.locale : undefined}>
                  {index > 0 ? " " : null}
                  {note.text}
                </span>
              ))}
              {")"}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
