import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { mayEditInStatus } from "@/lib/content/curator-only-statuses";
import type { PublicationStatus } from "@/lib/content/entry-kinds";

interface PublicationStatusBarProps {
  status: PublicationStatus;
  /** The viewer's role: an editor is told up front that a published record is the curators' to change. */
  role: string;
  /** The moves this person may make from here (lib/content/publication-moves.ts). */
  moves: PublicationStatus[];
  /** The server action that makes a move, and the hidden field naming the record. */
  action: (form: FormData) => Promise<void>;
  idField: string;
  id: string;
  version: number;
  historyHref: string;
  publicHref: string;
}

/** Where a record stands in review, the moves open to this person, and the way to its history and public page. */
export async function PublicationStatusBar({
  status,
  role,
  moves,
  action,
  idField,
  id,
  version,
  historyHref,
  publicHref,
}: PublicationStatusBarProps) {
  const t = await getTranslations("publication");
  const validation = await getTranslations("validation");
  return (
    <>
      {mayEditInStatus(role, status) ? null : <p className="form-error">{validation("publishedByCurators")}</p>}
      <div className="status-bar">
        <p>{t("status", { status: t(`statuses.${status}`) })}</p>
        {moves.map((to) => (
          <form key={to} action={action}>
            <input type="hidden" name={idField} value={id} />
            <input type="hidden" name="expectedVersion" value={version} />
            <input type="hidden" name="to" value={to} />
            <button type="submit">{t(`move.${to}`)}</button>
          </form>
        ))}
        <Link href={historyHref}>{t("history")}</Link>
        {status === "published" ? <Link href={publicHref}>{t("viewPublic")}</Link> : null}
      </div>
    </>
  );
}
