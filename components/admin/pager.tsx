import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { type Page, pageCount } from "@/lib/paging/page";
import "./pager.css";

interface PagerProps {
  /** The list page's path, without the language. */
  pathname: string;
  /** The list's other parameters (filters), kept on every page. */
  query?: Record<string, string | undefined>;
  page: Page<unknown>;
  /** The address's parameter holding the page number, where a page pages two lists (default `page`). */
  param?: string;
  /** The navigation's accessible name where a page has two pagers (default: "Pages"). */
  label?: string;
  /** Where the page opens (an element's id), so a list further down the page is in view. */
  fragment?: string;
}

/** Links to the pages of a long list, with where this page is and, where counted, how many there are. */
export async function Pager({ pathname, query = {}, page, param = "page", label, fragment }: PagerProps) {
  if (page.page === 1 && !page.hasNext) return null;
  const t = await getTranslations("pager");
  const format = await getFormatter();
  const pages = pageCount(page);
  const kept = Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const to = (n: number) => ({
    pathname,
    query: n === 1 ? kept : { ...kept, [param]: String(n) },
    ...(fragment ? { hash: fragment } : {}),
  });
  return (
    <nav className="pager" aria-label={label ?? t("label")}>
      <p>
        {pages === null
          ? t("pageOnly", { page: format.number(page.page) })
          : t("summary", { count: page.total ?? 0, page: format.number(page.page), pages: format.number(pages) })}
      </p>
      <ul>
        {page.page > 2 ? (
          <li>
            <Link href={to(1)}>{t("first")}</Link>
          </li>
        ) : null}
        {page.page > 1 ? (
          <li>
            <Link href={to(page.page - 1)} rel="prev">
              {t("previous")}
            </Link>
          </li>
        ) : null}
        {page.hasNext ? (
          <li>
            <Link href={to(page.page + 1)} rel="next">
              {t("next")}
            </Link>
          </li>
        ) : null}
        {pages !== null && page.page < pages - 1 ? (
          <li>
            <Link href={to(pages)}>{t("last")}</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
