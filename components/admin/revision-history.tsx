import { getFormatter, getTranslations } from "next-intl/server";
import { restoreRevisionAction } from "@/lib/actions/publishing/restore-revision";
import type { PublishableName } from "@/lib/data/publishing/publishable-types";
import type { FieldChange } from "@/lib/revisions/diff-snapshots";
import { ConfirmedSubmitButton } from "./confirmed-submit-button";
import { FieldChangesTable } from "./field-changes-table";

export interface RevisionListItem {
  version: number;
  action: string;
  authorEmail: string | null;
  /** The reason given with the change (a curator's for sending it back). */
  note: string | null;
  createdAt: Date;
  /** What this revision changed against the one before it. */
  changes: FieldChange[];
}

interface RevisionHistoryProps {
  revisions: RevisionListItem[];
  currentVersion: number;
  /** Restoring is offered only to those who may, and never for the current version; `published` asks first. */
  restore: { type: PublishableName; id: string; published: boolean } | null;
}

/** Newest first: who saved which version when, what it changed, and a restore button per older version. */
export async function RevisionHistory({ revisions, currentVersion, restore }: RevisionHistoryProps) {
  const t = await getTranslations("revisions");
  const sendBack = await getTranslations("sendBack");
  const format = await getFormatter();
  return (
    <ol className="revision-list">
      {revisions.map((revision) => (
        <li key={revision.version}>
          <section aria-labelledby={`revision-${revision.version}`}>
            <h2 id={`revision-${revision.version}`}>
              {t("version", { version: revision.version })}: {t(`actions.${revision.action as "update"}`)}
              {" · "}
              {revision.authorEmail ?? t("system")} · {format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
            </h2>
            {revision.note ? <p>{sendBack("note", { reason: revision.note })}</p> : null}
            {revision.changes.length ? (
              <FieldChangesTable changes={revision.changes} caption={t("changes")} captionHidden />
            ) : (
              <p>{t("noChanges")}</p>
            )}
            {restore && revision.version !== currentVersion ? (
              <form action={restoreRevisionAction}>
                <input type="hidden" name="type" value={restore.type} />
                <input type="hidden" name="id" value={restore.id} />
                <input type="hidden" name="version" value={revision.version} />
                <input type="hidden" name="expectedVersion" value={currentVersion} />
                <ConfirmedSubmitButton
                  label={t("restore", { version: revision.version })}
                  confirmation={
                    restore.published
                      ? {
                          title: t("confirmRestore.title", { version: revision.version }),
                          body: t("confirmRestore.body", { version: revision.version, type: restore.type }),
                          confirm: t("confirmRestore.confirm"),
                          cancel: t("confirmRestore.cancel"),
                        }
                      : undefined
                  }
                />
              </form>
            ) : null}
          </section>
        </li>
      ))}
    </ol>
  );
}
