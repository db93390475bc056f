import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { decideReviewItemAction } from "@/lib/actions/review/decide-review-item";
import { PUBLISHABLE_TYPES } from "@/lib/data/publishing/publishable-types";
import type { ReviewItem } from "@/lib/data/review/list-review-queue";
import { ConfirmedSubmitButton } from "./confirmed-submit-button";
import "./review-queue-table.css";

type Row = Omit<ReviewItem, "submittedAt"> & { submittedAt: string };

/** The review queue as a table; curators get a publish and a send-back button on each entry, article and tour. */
export async function ReviewQueueTable({ items, total, canDecide }: { items: Row[]; total: number; canDecide: boolean }) {
  const t = await getTranslations("review");
  const kinds = await getTranslations("kinds");
  const publication = await getTranslations("publication");
  const tours = await getTranslations("tourAdmin");
  const sendBack = await getTranslations("sendBack");
  return (
    <table className="admin-table review-queue">
      <caption className="sr-only">{t("caption", { count: total })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("columns.title")}</th>
          <th scope="col">{t("columns.kind")}</th>
          <th scope="col">{t("columns.submittedBy")}</th>
          <th scope="col">{t("columns.submittedAt")}</th>
          {canDecide ? <th scope="col">{t("columns.decision")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.type}-${item.id}`}>
            <th scope="row">
              <Link href={`/admin/${PUBLISHABLE_TYPES[item.type].path}/${item.slug}`}>{item.title}</Link>
            </th>
            <td>{item.kind ? kinds(item.kind as "event") : item.type === "tour" ? tours("reviewKind") : t("article")}</td>
            <td>{item.submittedBy ? (item.submittedBy.name ?? item.submittedBy.email ?? t("unknown")) : t("unknown")}</td>
            <td>{item.submittedAt}</td>
            {canDecide ? (
              <td>
                <div className="review-decision">
                  {(["published", "draft"] as const).map((to) => (
                    <form key={to} action={decideReviewItemAction}>
                      <input type="hidden" name="type" value={item.type} />
                      <input type="hidden" name="id" value={item.id} />
                      <input type="hidden" name="slug" value={item.slug} />
                      <input type="hidden" name="expectedVersion" value={item.version} />
                      <input type="hidden" name="to" value={to} />
                      {to === "draft" ? (
                        <>
                          <label className="sr-only" htmlFor={`reason-${item.type}-${item.id}`}>
                            {sendBack("reasonLabel", { title: item.title })}
                          </label>
                          <input
                            id={`reason-${item.type}-${item.id}`}
                            name="reason"
                            maxLength={2000}
                            placeholder={sendBack("reasonPlaceholder")}
                          />
                        </>
                      ) : null}
                      <ConfirmedSubmitButton
                        label={t(to === "published" ? "publish" : "sendBack")}
                        ariaLabel={t(to === "published" ? "publishLabel" : "sendBackLabel", { title: item.title })}
                        confirmation={
                          to === "published"
                            ? {
                                title: publication("confirm.published.title", { type: item.type }),
                                body: publication("confirm.published.body"),
                                confirm: publication("confirm.published.confirm"),
                                cancel: publication("confirm.cancel"),
                              }
                            : undefined
                        }
                      />
                    </form>
                  ))}
                </div>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
