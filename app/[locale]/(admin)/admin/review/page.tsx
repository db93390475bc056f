import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { Pager } from "@/components/admin/pager";
import { ReviewQueueTable } from "@/components/admin/review-queue-table";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { can } from "@/lib/auth/roles";
import { listReviewQueue } from "@/lib/data/review/list-review-queue";
import { pageRequest } from "@/lib/paging/page";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ published?: string; returned?: string; stale?: string; page?: string }>;
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "review" });
  return { title: t("heading"), robots: { index: false } };
}

/** Everything waiting for a curator, oldest first; curators decide on entries and articles right here. */
export default async function ReviewPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("review");
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const { published, returned, stale, page: pageParam } = await searchParams;
  const page = await listReviewQueue({ locale, page: pageRequest(pageParam) });
  const items = page.items;
  const format = await getFormatter();
  return (
    <>
      <h1>{t("heading")}</h1>
      <p role="status">
        {published
          ? t("published", { slug: published })
          : returned
            ? t("returned", { slug: returned })
            : stale
              ? t("stale", { slug: stale })
              : null}
      </p>
      <p>{t("intro")}</p>
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ReviewQueueTable
          items={items.map((item) => ({
            ...item,
            submittedAt: format.dateTime(item.submittedAt, { dateStyle: "medium", timeStyle: "short" }),
          }))}
          total={page.total ?? items.length}
          canDecide={can(user.role, "entries.publish")}
        />
      )}
      <Pager pathname="/admin/review" page={page} />
    </>
  );
}
