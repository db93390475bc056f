import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { changeStatusAction } from "@/lib/actions/publishing/change-status";
import { mayEditInStatus } from "@/lib/content/curator-only-statuses";
import type { PublicationStatus } from "@/lib/content/entry-kinds";
import { allowedMoves } from "@/lib/content/publication-moves";
import { PUBLISHABLE_TYPES, type PublishableName } from "@/lib/data/publishing/publishable-types";
import { type Confirmation, ConfirmedSubmitButton } from "./confirmed-submit-button";

interface PublicationStatusBarProps {
  type: PublishableName;
  id: string;
  slug: string;
  version: number;
  status: PublicationStatus;
  /** The viewer's role: an editor is told up front that their saves to published work are proposals, and archived work the curators'. */
  role: string;
}

/** Where a record stands in review, the moves open to this person, and the way to its history and public page. */
export async function PublicationStatusBar({ type, id, slug, version, status, role }: PublicationStatusBarProps) {
  const t = await getTranslations("publication");
  const validation = await getTranslations("validation");
  const proposals = await getTranslations("proposals");
  const { path } = PUBLISHABLE_TYPES[type];
  // Moves onto or off the public site change what visitors see at once: those ask first.
  const confirmation = (to: PublicationStatus): Confirmation | undefined =>
    to === "published" || status === "published"
      ? {
          title: t(`confirm.${to}.title`, { type }),
          body: t(`confirm.${to}.body`),
          confirm: t(`confirm.${to}.confirm`),
          cancel: t("confirm.cancel"),
        }
      : undefined;
  return (
    <>
      {mayEditInStatus(role, status) ? null : status === "published" ? (
        <p className="hint">{proposals("hint")}</p>
      ) : (
        <p className="form-error">{validation("publishedByCurators")}</p>
      )}
      <div className="status-bar">
        <p>{t("status", { status: t(`statuses.${status}`) })}</p>
        {allowedMoves(role, status).map((to) => (
          <form key={to} action={changeStatusAction}>
            <input type="hidden" name="type" value={type} />
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="expectedVersion" value={version} />
            <input type="hidden" name="to" value={to} />
            <ConfirmedSubmitButton label={t(`move.${to}`)} confirmation={confirmation(to)} />
          </form>
        ))}
        <Link href={`/admin/${path}/${slug}/history`}>{t("history")}</Link>
        {status === "published" ? <Link href={`/${path}/${slug}`}>{t("viewPublic")}</Link> : null}
      </div>
    </>
  );
}
