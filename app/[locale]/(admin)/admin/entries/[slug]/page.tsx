import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeleteRecordForm } from "@/components/admin/delete-record-form";
import { EntryEditor } from "@/components/admin/entry-editor";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { PublicationStatusBar } from "@/components/admin/publication-status-bar";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { can } from "@/lib/auth/roles";
import { ENTRY } from "@/lib/data/entries/entry-record";
import { listEntryTitles } from "@/lib/data/entries/list-entry-titles";
import { getRecordForEditing } from "@/lib/data/publishing/get-record-for-editing";
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
  const entry = await getRecordForEditing(ENTRY, slug);
  if (!entry) notFound();
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
      <EntryEditor
        initial={entryFormValues(entry)}
        linked={await listEntryTitles({ slugs: entry.snapshot.relations.map((r) => r.target), locale })}
        sources={await listSourceOptions()}
        incoming={await listIncomingRelations(entry.id, locale)}
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
