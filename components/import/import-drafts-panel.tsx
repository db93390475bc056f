import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { publishImportDraftsAction } from "@/lib/actions/imports/publish-import-drafts";
import { sendImportDraftsToReviewAction } from "@/lib/actions/imports/send-import-drafts-to-review";
import { can } from "@/lib/auth/roles";
import { PUBLICATION_STATUSES, type PublicationStatus } from "@/lib/content/entry-kinds";
import { ImportDraftsMoveForm } from "./import-drafts-move-form";

/**
 * A finished import's new entries by where they are now, and the two bulk moves: "Send all to review"
 * for every member of staff who may submit, "Publish all" (asking first) for curators. Both stay on
 * the page when nothing is left to move, so each keeps saying what it did. Counts only: the entries
 * themselves are in the review queue and the entries list.
 */
export async function ImportDraftsPanel({
  id,
  counts,
  duplicates,
  role,
  duplicatesAnchor,
}: {
  id: string;
  counts: Record<PublicationStatus, number>;
  /** Rows flagged as possible duplicates: never created, so not counted here. */
  duplicates: number;
  role: string;
  /** Where on the page the flagged rows are listed. */
  duplicatesAnchor: string;
}) {
  const t = await getTranslations("importDrafts");
  const publication = await getTranslations("publication");
  const format = await getFormatter();
  const total = PUBLICATION_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const publishable = counts.draft + counts.in_review;
  return (
    <section aria-labelledby="import-drafts-heading">
      <h2 id="import-drafts-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      {total === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <dl className="import-counts">
          {PUBLICATION_STATUSES.filter((status) => status !== "archived" || counts.archived > 0).map((status) => (
            <div key={status}>
              <dt>{publication(`statuses.${status}`)}</dt>
              <dd>{format.number(counts[status])}</dd>
            </div>
          ))}
        </dl>
      )}
      {duplicates > 0 ? (
        <p>
          {t("duplicatesLeftOut", { count: duplicates })} <a href={`#${duplicatesAnchor}`}>{t("seeDuplicates")}</a>
        </p>
      ) : null}
      {can(role, "entries.edit") ? (
        <ImportDraftsMoveForm
          id={id}
          action={sendImportDraftsToReviewAction}
          label={t("sendAll")}
          hint={t("sendAllHint", { count: counts.draft })}
          outcome="sent"
        />
      ) : null}
      {can(role, "entries.publish") ? (
        <ImportDraftsMoveForm
          id={id}
          action={publishImportDraftsAction}
          label={t("publishAll")}
          hint={t("publishAllHint", { count: publishable })}
          confirmation={{
            title: t("confirm.title"),
            body: t("confirm.body", { count: publishable }),
            confirm: t("confirm.confirm"),
            cancel: t("confirm.cancel"),
          }}
          outcome="published"
        />
      ) : null}
      {counts.in_review > 0 ? (
        <p>
          <Link href="/admin/review">{t("reviewQueue")}</Link>
        </p>
      ) : null}
    </section>
  );
}
