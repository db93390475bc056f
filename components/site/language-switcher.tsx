"use client";

import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { MouseEvent, SyntheticEvent } from "react";
import { getPathname, Link, usePathname, useRouter } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

type Locale = (typeof routing.locales)[number];

const modified = (event: MouseEvent) => event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

/**
 * Links to the same page and view in each other language; the choice is remembered in a cookie.
 * The explorer keeps its view in the address with the history API, behind the router's back (so
 * `useSearchParams` holds the address the page loaded with): each link reads the address as it is
 * when it is pointed at, focused or followed.
 */
export function LanguageSwitcher() {
  const t = useTranslations("site");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const router = useRouter();
  const query = Object.fromEntries(search.entries());

  const liveHref = (other: Locale) => `${getPathname({ href: pathname, locale: other })}${globalThis.location.search}`;
  const refresh = (other: Locale) => (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = liveHref(other);
  };
  const follow = (other: Locale) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = liveHref(other);
    if (modified(event)) return;
    event.preventDefault();
    router.push(`${pathname}${globalThis.location.search}`, { locale: other });
  };

  return (
    <ul className="language-switcher" aria-label={t("language")}>
      {routing.locales.map((other) => (
        <li key={other}>
          {other === locale ? (
            <span aria-current="true" lang={other}>
              {t(`languageNames.${other}`)}
            </span>
          ) : (
            <Link
              href={{ pathname, query }}
              locale={other}
              lang={other}
              hrefLang={other}
              onPointerEnter={refresh(other)}
              onFocus={refresh(other)}
              onContextMenu={refresh(other)}
              onClick={follow(other)}
            >
              {t(`languageNames.${other}`)}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
