"use client";

import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

/** Links to the same page and view in each other language; the choice is remembered in a cookie. */
export function LanguageSwitcher() {
  const t = useTranslations("site");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const query = Object.fromEntries(search.entries());
  return (
    <ul className="language-switcher" aria-label={t("language")}>
      {routing.locales.map((other) => (
        <li key={other}>
          {other === locale ? (
            <span aria-current="true" lang={other}>
              {t(`languageNames.${other}`)}
            </span>
          ) : (
            <Link href={{ pathname, query }} locale={other} lang={other} hrefLang={other}>
              {t(`languageNames.${other}`)}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
