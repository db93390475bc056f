import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { can } from "@/lib/auth/roles";
import { getRecordForEditing } from "@/lib/data/publishing/get-record-for-editing";
import { listRecordRevisions } from "@/lib/data/publishing/list-record-revisions";
import type { AnyPublishableType } from "@/lib/data/publishing/publishable-type";
import { PUBLISHABLE_TYPES, type PublishableName } from "@/lib/data/publishing/publishable-types";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";
import { recordTitle } from "@/lib/revisions/record-title";
import { ForbiddenNotice } from "./forbidden-notice";
import { RevisionHistory } from "./revision-history";

/** Each kind's own words for its heading and its editor's link. */
const MESSAGES = { entry: "entryEditor", article: "articleAdmin" } as const;

/** The history page of an entry or article: every revision, newest first, with what it changed and (curators) a restore button. */
export async function RecordHistoryPage({ type, locale, slug }: { type: PublishableName; locale: string; slug: string }) {
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const record: AnyPublishableType = PUBLISHABLE_TYPES[type];
  const current = await getRecordForEditing(record, slug);
  if (!current) notFound();
  const t = await getTranslations(MESSAGES[type]);
  const revisions = await listRecordRevisions(record, current.id);
  const title = recordTitle(current.snapshot, locale);
  const view = (index: number) => (revisions[index] ? record.forDiff(revisions[index].snapshot) : null);
  return (
    <>
      <h1>{t("revisions.heading", { title })}</h1>
      <p>
        <Link href={`/admin/${record.path}/${slug}`}>{t("edit", { title })}</Link>
      </p>
      <RevisionHistory
        revisions={revisions.map((revision, index) => ({ ...revision, changes: diffSnapshots(view(index + 1), view(index)!) }))}
        currentVersion={current.version}
        restore={can(user.role, "entries.publish") ? { type, id: current.id } : null}
      />
    </>
  );
}
