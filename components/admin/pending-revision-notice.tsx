import { getFormatter, getTranslations } from "next-intl/server";
import type { OwnPendingRevision } from "@/lib/data/publishing/get-own-pending-revision";

/** Above an editor form: the person's own proposed change to this published record, waiting, or declined with the curator's reason. */
export async function PendingRevisionNotice({ own }: { own: OwnPendingRevision<unknown> | null }) {
  if (!own) return null;
  const t = await getTranslations("proposals");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  if (own.status === "pending") return <p role="status">{t("waiting", { when: when(own.updatedAt) })}</p>;
  return (
    <p role="alert" className="form-error">
      {t("declined", { who: own.decidedByEmail ?? "", when: when(own.decidedAt ?? own.updatedAt), reason: own.reason ?? "" })}
    </p>
  );
}
