import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeleteRecordForm } from "@/components/admin/delete-record-form";
import { EntryEditor } from "@/components/admin/entry-editor";
import { EntryImagesSection } from "@/components/admin/entry-images/entry-images-section";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { PendingRevisionNotice } from "@/components/admin/pending-revision-notice";
import { PublicationStatusBar } from "@/components/admin/publication-status-bar";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { can } from "@/lib/auth/roles";
import { ENTRY } from "@/lib/data/entries/entry-record";
import { listEntryTitles } from "@/lib/data/entries/list-entry-titles";
import { listEntryImages } from "@/lib/data/media/list-entry-images";
import { getRecordForPerson } from "@/lib/data/publishing/get-record-for-person";
import { listIncomingRelations } from "@/lib/data/relations/list-incoming-relations";
import { listSourceOptions } from "@/lib/data/sources/list-source-options";
import { entryFormValues } from "@/lib/forms/entry-form";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ created?: string; restored?: string; stale?: string }>;
};

export default async function EditEntryPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const record = await getRecordForPerson(ENTRY, slug, user.id);
  if (!record) notFound();
  const { live: entry, own, opened } = record;
  const t = await getTranslations("entryEditor");
  const deleted = await getTranslations("deletedEntries");
  const { created, restored, stale } = await searchParams;
  const title = entry.snapshot.translations.en?.title ?? entry.snapshot.translations.ru?.title ?? slug;
  return (
    <>
      <h1>{t("edit", { title })}</h1>
      {created ? <p role="status">{t("created")}</p> : null}
      {restored ? <p role="status">{deleted("restored")}</p> : null}
      {stale ? <p role="alert">{t("staleDelete")}</p> : null}
      <PublicationStatusBar
        type="entry"
        id={entry.id}
        slug={slug}
        version={entry.version}
        status={entry.snapshot.status}
        role={user.role}
      />
      <PendingRevisionNotice own={own} />
      <EntryEditor
        initial={entryFormValues(opened)}
        linked={await listEntryTitles({ slugs: opened.snapshot.relations.map((r) => r.target), locale })}
        sources={await listSourceOptions(opened.snapshot)}
        incoming={await listIncomingRelations(entry.id, locale)}
        personId={user.id}
        justCreated={Boolean(created)}
      />
      <EntryImagesSection
        entry={{ slug, status: entry.snapshot.status }}
        images={await listEntryImages({ entryId: entry.id })}
        role={user.role}
      />
      {can(user.role, "entries.publish") ? (
        <DeleteRecordForm
          type="entry"
          id={entry.id}
          slug={slug}
          version={entry.version}
          confirm={t("confirmDelete")}
          button={t("delete")}
        />
      ) : null}
    </>
  );
}
