import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { changeStatus } from "@/app/[locale]/(admin)/admin/actions/change-status";
import { deleteEntryAction } from "@/app/[locale]/(admin)/admin/actions/delete-entry";
import { DeleteRecordForm } from "@/components/admin/delete-record-form";
import { EntryEditor } from "@/components/admin/entry-editor";
import { entryFormValues } from "@/components/admin/entry-form-values";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { PublicationStatusBar } from "@/components/admin/publication-status-bar";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { can } from "@/lib/auth/roles";
import { allowedMoves } from "@/lib/content/publication-moves";
import { getEntryForEditing } from "@/lib/data/entries/get-entry-for-editing";
import { listEntryTitles } from "@/lib/data/entries/list-entry-titles";
import { listIncomingRelations } from "@/lib/data/relations/list-incoming-relations";
import { listSourceOptions } from "@/lib/data/sources/list-source-options";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ created?: string; restored?: string }> };

export default async function EditEntryPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const entry = await getEntryForEditing(slug);
  if (!entry) notFound();
  const t = await getTranslations("entryEditor");
  const deleted = await getTranslations("deletedEntries");
  const { created, restored } = await searchParams;
  const moves = allowedMoves(user.role, entry.snapshot.status);
  const title = entry.snapshot.translations.en?.title ?? entry.snapshot.translations.ru?.title ?? slug;
  return (
    <>
      <h1>{t("edit", { title })}</h1>
      {created ? <p role="status">{t("created")}</p> : null}
      {restored ? <p role="status">{deleted("restored")}</p> : null}
      <PublicationStatusBar
        status={entry.snapshot.status}
        role={user.role}
        moves={moves}
        action={changeStatus}
        idField="entryId"
        id={entry.id}
        version={entry.version}
        historyHref={`/admin/entries/${slug}/history`}
        publicHref={`/entries/${slug}`}
      />
      <EntryEditor
        initial={entryFormValues(entry)}
        linked={await listEntryTitles({ slugs: entry.snapshot.relations.map((r) => r.target), locale })}
        sources={await listSourceOptions()}
        incoming={await listIncomingRelations(entry.id, locale)}
      />
      {can(user.role, "entries.publish") ? (
        <DeleteRecordForm
          action={deleteEntryAction}
          fields={{ entryId: entry.id, slug, expectedVersion: entry.version }}
          confirm={t("confirmDelete")}
          button={t("delete")}
        />
      ) : null}
    </>
  );
}
