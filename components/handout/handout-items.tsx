import { getLocale, getTranslations } from "next-intl/server";
import { SourceTitle } from "@/components/entries/source-title";
import type { HandoutItem } from "@/lib/handout/handout-item";

/** Each item as the handout prints it: number, title, date and place, text, question, sources, and ruled space to answer. */
export async function HandoutItems({ items, origin }: { items: HandoutItem[]; origin: string }) {
  const t = await getTranslations("handout");
  const locale = await getLocale();
  return (
    <ol className="handout-items">
      {items.map((item, index) => (
        <li key={item.key} className="handout-item">
          <h3 lang={item.lang}>
            <span className="handout-number">{index + 1}</span> <a href={`${origin}${item.path}`}>{item.title}</a>
          </h3>
          <p className="handout-facts">
            {t("date")}: {item.dateLabel ?? t("noDate")}
            {item.placeName ? ` · ${t("place")}: ${item.placeName}` : ""}
          </p>
          {item.summary ? <p lang={item.lang}>{item.summary}</p> : null}
          {item.narrative ? <p className="handout-narrative">{item.narrative}</p> : null}
          {item.question ? <p className="handout-question">{item.question}</p> : null}
          <div className="handout-sources">
            <h4>{t("sources")}</h4>
            {item.sources.length === 0 ? (
              <p>{t("noSources")}</p>
            ) : (
              <ul>
                {item.sources.map((source) => (
                  <li key={source.key}>
                    <SourceTitle source={source} locale={locale} linked={false} />
                    {source.publisher ? `, ${source.publisher}` : ""}
                    {source.url ? <span className="handout-url"> {source.url}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="handout-answer" title={t("answers")} aria-hidden="true">
            <span />
            <span />
            <span />
          </div>
        </li>
      ))}
    </ol>
  );
}
