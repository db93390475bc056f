import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HandoutSheet } from "@/components/handout/handout-sheet";
import { PrintButton } from "@/components/handout/print-button";
import { ShareCurrentView } from "@/components/share/share-current-view";
import { getViewHandout } from "@/lib/data/handout/get-view-handout";
import { handoutQueryString, readHandoutParams, searchParamsOf } from "@/lib/handout/handout-params";
import { siteOrigin } from "@/lib/share/site-origin";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "handout" });
  return { title: t("title"), robots: { index: false } };
}

/** A printable handout of an explorer view (the explorer's own parameters), with a PDF of it. */
export default async function HandoutPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { state, paper, view } = readHandoutParams(searchParamsOf(await searchParams));
  const t = await getTranslations("handout");
  const site = await getTranslations("site");
  const { items, total } = await getViewHandout({ state, locale });
  const origin = siteOrigin(await headers());
  const note = items.length === 0 ? t("empty") : total > items.length ? t("truncated", { shown: items.length, total }) : undefined;
  return (
    <>
      <nav className="handout-controls no-print" aria-label={t("title")}>
        <PrintButton label={t("print")} />
        <a href={`/${locale}/handout.pdf?${handoutQueryString(view, paper)}`} download>
          {t("downloadPdf")}
        </a>
        <span>
          {t("paper")}:{" "}
          <a href={`/${locale}/handout?${handoutQueryString(view, "A4")}`} aria-current={paper === "A4" ? "page" : undefined}>
            {t("a4")}
          </a>{" "}
          ·{" "}
          <a href={`/${locale}/handout?${handoutQueryString(view, "Letter")}`} aria-current={paper === "Letter" ? "page" : undefined}>
            {t("letter")}
          </a>
        </span>
        <ShareCurrentView title={t("handoutOfView")} />
      </nav>
      <HandoutSheet
        title={t("heading", { site: site("name") })}
        link={`${origin}/${locale}${view ? `?${view}` : ""}`}
        origin={origin}
        items={items}
        view={state.map}
        note={note}
        paper={paper}
      />
    </>
  );
}
