import { getTranslations, setRequestLocale } from "next-intl/server";
import { EntryEditor } from "@/components/admin/entry-editor";
import { EntryImagesAfterSave } from "@/components/admin/entry-images/entry-images-after-save";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { entryFormValues } from "@/lib/forms/entry-form";

export default async function NewEntryPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const t = await getTranslations("entryEditor");
  return (
    <>
      <h1>{t("new")}</h1>
      <EntryEditor initial={entryFormValues(null)} linked={[]} sources={[]} incoming={{ items: [], total: 0 }} personId={user.id} />
      <EntryImagesAfterSave />
    </>
  );
}
