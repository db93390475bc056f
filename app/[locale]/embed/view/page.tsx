import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HandoutMap } from "@/components/handout/handout-map";
import { HandoutTimeline } from "@/components/handout/handout-timeline";
import { EmbedFrame } from "@/components/share/embed-frame";
import { getViewHandout } from "@/lib/data/handout/get-view-handout";
import { readHandoutParams, searchParamsOf } from "@/lib/handout/handout-params";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "embed" });
  return { title: t("viewTitle"), robots: { index: false } };
}

/**
 * An explorer view (its own parameters) for another site's page to frame: the map drawn from the
 * offline basemap with numbered markers, the timeline strip, and the entries, each linking to its
 * page on the full site. Static drawings, so an embed costs the host page no map library.
 */
export default async function EmbeddedViewPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { state, view } = readHandoutParams(searchParamsOf(await searchParams));
  const t = await getTranslations("embed");
  const handout = await getTranslations("handout");
  const { items, total } = await getViewHandout({ state, locale });
  return (
    <EmbedFrame fullPath={`/${locale}${view ? `?${view}` : ""}`}>
      <h1>{t("viewTitle")}</h1>
      <p className="meta">{t("entriesInView", { count: total })}</p>
      <HandoutMap items={items} view={state.map} label={handout("mapLabel")} />
      <HandoutTimeline items={items} label={handout("timelineLabel")} />
      <ol className="embed-entry-list">
        {items.map((item) => (
          <li key={item.key}>
            <a href={item.path} target="_blank" rel="noopener" lang={item.lang}>
              {item.title}
            </a>
            {item.dateLabel ? <span className="meta"> · {item.dateLabel}</span> : null}
          </li>
        ))}
      </ol>
      {total > items.length ? <p>{t("andMore", { count: total - items.length })}</p> : null}
    </EmbedFrame>
  );
}
