import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { can } from "@/lib/auth/roles";
import { getRecordForEditing } from "@/lib/data/publishing/get-record-for-editing";
import { listRecordRevisions } from "@/lib/data/publishing/list-record-revisions";
import { mayChangeRecord } from "@/lib/data/publishing/may-change-record";
import type { AnyPublishableType } from "@/lib/data/publishing/publishable-type";
import { PUBLISHABLE_TYPES, type PublishableName } from "@/lib/data/publishing/publishable-types";
import { recordChanges } from "@/lib/data/publishing/record-changes";
import { recordTitle } from "@/lib/revisions/record-title";
import { ForbiddenNotice } from "./forbidden-notice";
import { RevisionHistory } from "./revision-history";

/** Each kind's own words for its heading and its editor's link. */
const MESSAGES = { entry: "entryEditor", article: "articleAdmin", tour: "tourAdmin" } as const;

/**
 * The history page of any publishable record: every revision, newest first, with what it changed and
 * (curators) a restore button. Seen by those who may edit the kind, and of a tour only by its teacher
 * and the curators.
 */
export async function RecordHistoryPage({ type, locale, slug }: { type: PublishableName; locale: string; slug: string }) {
  setRequestLocale(locale);
  const record: AnyPublishableType = PUBLISHABLE_TYPES[type];
  const user = await requirePagePermission(locale, record.draftPermission ?? "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const current = await getRecordForEditing(record, slug);
  if (!current) notFound();
  if (!(await mayChangeRecord(record, current.id, user))) return <ForbiddenNotice />;
  const t = await getTranslations(MESSAGES[type]);
  const revisions = await listRecordRevisions(record, current.id);
  const title = recordTitle(current.snapshot, locale);
  return (
    <>
      <h1>{t("revisions.heading", { title })}</h1>
      <p>
        <Link href={`/admin/${record.path}/${slug}`}>{t("edit", { title })}</Link>
      </p>
      <RevisionHistory
        revisions={revisions.map((revision, index) => ({
          ...revision,
          changes: recordChanges(record, revisions[index + 1]?.snapshot ?? null, revision.snapshot),
        }))}
        currentVersion={current.version}
        restore={can(user.role, "entries.publish") ? { type, id: current.id, published: current.snapshot.status === "published" } : null}
      />
    </>
  );
}
