import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import "@fontsource/pt-sans/cyrillic-400.css";
import "@fontsource/pt-sans/cyrillic-700.css";
import "@fontsource/pt-sans/latin-400.css";
import "@fontsource/pt-sans/latin-700.css";
// Letters beyond Latin-1 (ğ, ā, ł…) in names and sources' titles, else drawn in a fallback font: a PDF
// reader then finds such a word cut in two.
import "@fontsource/pt-sans/latin-ext-400.css";
import "@fontsource/pt-sans/latin-ext-700.css";
import "../globals.css";
import "../print.css";
import { DocumentRequestIdProvider } from "@/components/site/document-request-id";
import { routing } from "@/i18n/routing";
import { env } from "@/lib/env";
import { requestIdOf } from "@/lib/log/request-id";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    metadataBase: new URL(env.PUBLIC_BASE_URL),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("description"),
    openGraph: { siteName: t("name"), type: "website", locale },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // For the error pages (app/[locale]/error.tsx): the id the server's log line of a failure carries.
  const requestId = requestIdOf(await headers()) ?? null;
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <DocumentRequestIdProvider id={requestId}>{children}</DocumentRequestIdProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
