import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { RevisionHistory } from "@/components/admin/revision-history";
import { Link } from "@/i18n/navigation";
import { restoreEntryRevisionAction } from "@/lib/actions/entries/restore-entry-revision";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { can } from "@/lib/auth/roles";
import { getEntryForEditing } from "@/lib/data/entries/get-entry-for-editing";
import { listRevisions } from "@/lib/data/revisions/list-revisions";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";
import { snapshotForDiff } from "@/lib/revisions/entry-snapshot";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function HistoryPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const entry = await getEntryForEditing(slug);
  if (!entry) notFound();
  const t = await getTranslations("entryEditor");
  const revisions = await listRevisions(entry.id);
  const { translations } = entry.snapshot;
  const title = translations[locale as "en"]?.title ?? translations.en?.title ?? translations.ru?.title ?? slug;
  return (
    <>
      <h1>{t("revisions.heading", { title })}</h1>
      <p>
        <Link href={`/admin/entries/${slug}`}>{t("edit", { title })}</Link>
      </p>
      <RevisionHistory
        revisions={revisions.map((revision, index) => ({
          ...revision,
          changes: diffSnapshots(
            revisions[index + 1] ? snapshotForDiff(revisions[index + 1]!.snapshot) : null,
            snapshotForDiff(revision.snapshot),
          ),
        }))}
        currentVersion={entry.version}
        restore={can(user.role, "entries.publish") ? { action: restoreEntryRevisionAction, idField: "entryId", id: entry.id } : null}
      />
    </>
  );
}
