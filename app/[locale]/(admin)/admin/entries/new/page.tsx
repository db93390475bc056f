import { getTranslations, setRequestLocale } from "next-intl/server";
import { EntryEditor } from "@/components/admin/entry-editor";
import { entryFormValues } from "@/components/admin/entry-form-values";
import { listMemorialOptions } from "@/lib/data/entries/get-entry-for-editing";

export default async function NewEntryPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("entryEditor");
  return (
    <>
      <h1>{t("new")}</h1>
      <EntryEditor initial={entryFormValues(null)} memorials={await listMemorialOptions(locale)} />
    </>
  );
}
