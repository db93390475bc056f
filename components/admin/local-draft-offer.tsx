"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { LocalDraftControl } from "./use-local-draft";
import "./local-draft-offer.css";

/** Above an editor: unsaved work this browser kept from before, what it changes against the saved version, and Restore or Discard. */
export function LocalDraftOffer({ draft }: { draft: LocalDraftControl<unknown> }) {
  const t = useTranslations("localDraft");
  const format = useFormatter();
  if (!draft.offer) return null;
  return (
    <section aria-labelledby="local-draft-heading" className="local-draft">
      <h2 id="local-draft-heading">{t("heading")}</h2>
      <p>{t("intro", { when: format.dateTime(new Date(draft.offer.keptAt), { dateStyle: "medium", timeStyle: "short" }) })}</p>
      <table className="admin-table diff-table">
        <caption>{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("field")}</th>
            <th scope="col">{t("saved")}</th>
            <th scope="col">{t("kept")}</th>
          </tr>
        </thead>
        <tbody>
          {draft.offer.differences.map((difference) => (
            <tr key={difference.name}>
              <th scope="row">{difference.label}</th>
              <td>
                <del>{difference.saved}</del>
              </td>
              <td>
                <ins>{difference.kept}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="local-draft-actions">
        <button type="button" onClick={draft.restore}>
          {t("restore")}
        </button>
        <button type="button" onClick={draft.discard}>
          {t("discard")}
        </button>
      </div>
    </section>
  );
}
