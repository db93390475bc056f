import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { Pager } from "@/components/admin/pager";
import { PendingRevisionList } from "@/components/admin/pending-revision-list";
import { ReviewQueueTable } from "@/components/admin/review-queue-table";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { can } from "@/lib/auth/roles";
import { listPendingRevisions } from "@/lib/data/review/list-pending-revisions";
import { listReviewQueue } from "@/lib/data/review/list-review-queue";
import { PROPOSALS_PAGE_SIZE } from "@/lib/data/review/waiting-proposals";
import { pageRequest } from "@/lib/paging/page";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Partial<Record<(typeof OUTCOMES)[number], string>> & { page?: string; proposals?: string }>;
};

/** What the queue can say became of the last decision, each `?<outcome>=<slug>`: the queue's own, then the proposals'. */
const OUTCOMES = ["published", "returned", "stale", "approved", "declinedDone", "proposalStale", "reasonMissing"] as const;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "review" });
  return { title: t("heading"), robots: { index: false } };
}

/** Everything waiting for a curator, oldest first; curators decide on entries and articles right here. */
export default async function ReviewPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("review");
  const proposals = await getTranslations("proposals");
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const query = await searchParams;
  const page = await listReviewQueue({ locale, page: pageRequest(query.page) });
  // `?proposals=N` pages the proposed changes apart from the queue above them.
  const proposed = await listPendingRevisions({ locale, page: pageRequest(query.proposals, PROPOSALS_PAGE_SIZE) });
  const outcome = OUTCOMES.find((key) => query[key]);
  const said = (key: (typeof OUTCOMES)[number], slug: string) =>
    key === "published" || key === "returned" || key === "stale" ? t(key, { slug }) : proposals(key, { slug });
  const items = page.items;
  const format = await getFormatter();
  return (
    <>
      <h1>{t("heading")}</h1>
      <p role="status">{outcome ? said(outcome, query[outcome] ?? "") : null}</p>
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
      <Pager pathname="/admin/review" query={{ proposals: query.proposals }} page={page} />
      <PendingRevisionList items={proposed.items} canDecide={can(user.role, "entries.publish")} />
      <Pager
        pathname="/admin/review"
        query={{ page: query.page }}
        page={proposed}
        param="proposals"
        label={proposals("pages")}
        fragment="proposals-heading"
      />
    </>
  );
}
