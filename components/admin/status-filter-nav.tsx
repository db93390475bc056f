import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { PUBLICATION_STATUSES, type PublicationStatus } from "@/lib/content/entry-kinds";

/** Links that narrow a staff list to one publication status, the current one marked for screen readers too. */
export async function StatusFilterNav({
  basePath,
  current,
  label,
}: {
  basePath: string;
  current: PublicationStatus | undefined;
  label: string;
}) {
  const t = await getTranslations("publication");
  return (
    <nav aria-label={label} className="status-filter">
      <Link href={basePath} aria-current={current ? undefined : "page"}>
        {t("all")}
      </Link>
      {PUBLICATION_STATUSES.map((s) => (
        <Link key={s} href={{ pathname: basePath, query: { status: s } }} aria-current={current === s ? "page" : undefined}>
          {t(`statuses.${s}`)}
        </Link>
      ))}
    </nav>
  );
}
