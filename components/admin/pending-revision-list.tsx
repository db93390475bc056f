import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { approveProposalAction } from "@/lib/actions/review/approve-proposal";
import { declineProposalAction } from "@/lib/actions/review/decline-proposal";
import { PUBLISHABLE_TYPES } from "@/lib/data/publishing/publishable-types";
import type { PendingRevisionItem } from "@/lib/data/review/list-pending-revisions";
import { ConfirmedSubmitButton } from "./confirmed-submit-button";
import { FieldChangesTable } from "./field-changes-table";
import "./pending-revision-list.css";

/** The hidden fields that name a proposal in its approve and decline forms. */
function ProposalFields({ item }: { item: PendingRevisionItem }) {
  return (
    <>
      <input type="hidden" name="type" value={item.type} />
      <input type="hidden" name="slug" value={item.slug} />
      <input type="hidden" name="pendingId" value={item.pendingId} />
      <input type="hidden" name="seenAt" value={item.proposedAt.toISOString()} />
    </>
  );
}

/**
 * Editors' proposed changes to published work, each with its diff against what is live and, for
 * curators, Approve (asks first: the public page changes) and Decline with a reason. One made on a
 * version that is no longer live cannot be approved as it is.
 */
export async function PendingRevisionList({ items, canDecide }: { items: PendingRevisionItem[]; canDecide: boolean }) {
  const t = await getTranslations("proposals");
  const format = await getFormatter();
  return (
    <section aria-labelledby="proposals-heading" className="proposals">
      <h2 id="proposals-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      {items.length === 0 ? <p>{t("empty")}</p> : null}
      {items.map((item) => {
        const headingId = `proposal-${item.pendingId}`;
        const stale = item.baseVersion !== item.currentVersion;
        return (
          <section key={item.pendingId} aria-labelledby={headingId} className="proposal">
            <h3 id={headingId}>
              <Link href={`/admin/${PUBLISHABLE_TYPES[item.type].path}/${item.slug}`}>{t("itemHeading", { title: item.title })}</Link>
            </h3>
            <p>
              {t("by", {
                who: item.proposedBy.name ?? item.proposedBy.email,
                when: format.dateTime(item.proposedAt, { dateStyle: "medium", timeStyle: "short" }),
              })}
            </p>
            {stale ? <p className="form-error">{t("stale", { base: item.baseVersion, current: item.currentVersion })}</p> : null}
            {item.changes.length ? (
              <FieldChangesTable
                changes={item.changes}
                caption={t("changes")}
                beforeLabel={t("published")}
                afterLabel={t("proposedColumn")}
              />
            ) : (
              <p>{t("noChanges")}</p>
            )}
            {canDecide ? (
              <div className="proposal-decision">
                {stale ? null : (
                  <form action={approveProposalAction}>
                    <ProposalFields item={item} />
                    <ConfirmedSubmitButton
                      label={t("approve")}
                      ariaLabel={t("approveLabel", { title: item.title })}
                      confirmation={{
                        title: t("confirm.title"),
                        body: t("confirm.body", { type: item.type }),
                        confirm: t("confirm.confirm"),
                        cancel: t("confirm.cancel"),
                      }}
                    />
                  </form>
                )}
                <form action={declineProposalAction}>
                  <ProposalFields item={item} />
                  <div className="field">
                    <label htmlFor={`${headingId}-reason`}>{t("reason")}</label>
                    <textarea id={`${headingId}-reason`} name="reason" rows={2} required maxLength={2000} />
                  </div>
                  <button type="submit" aria-label={t("declineLabel", { title: item.title })}>
                    {t("decline")}
                  </button>
                </form>
              </div>
            ) : null}
          </section>
        );
      })}
    </section>
  );
}
