import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfflinePageBody } from "@/components/offline/offline-page-body";
import "@/components/offline/offline.css";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "offlinePage" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * What the offline service worker shows, in the address's language, for a page that is not saved on
 * this device when the network is gone (lib/offline/worker/offline-routes.ts). It is served under the
 * address that failed, so it has nothing that depends on its own address (no site header with its
 * language links): only text, and the tours saved here.
 */
export default async function OfflinePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("offlinePage");
  return (
    <main id="main" className="offline-page">
      <h1>{t("title")}</h1>
      <p>{t("notSaved")}</p>
      <OfflinePageBody />
    </main>
  );
}
