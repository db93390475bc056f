import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { Link } from "@/i18n/navigation";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("site");
  const tours = await getTranslations("toursIndex");
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="site-header">
        <Link href="/" className="site-title">
          {t("name")}
        </Link>
        <nav aria-label={t("mainNav")}>
          <Link href="/">{t("explore")}</Link>
          <Link href="/tours">{tours("nav")}</Link>
          <Link href="/search">{t("search")}</Link>
          <Link href="/sign-in">{t("staff")}</Link>
        </nav>
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
