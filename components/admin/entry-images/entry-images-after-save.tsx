import { getTranslations } from "next-intl/server";
import "./entry-images.css";

/** On the new entry form: where images will be, and why not yet (an image belongs to a saved entry). */
export async function EntryImagesAfterSave() {
  const t = await getTranslations("entryImages");
  return (
    <section aria-labelledby="entry-images-heading" className="entry-images">
      <h2 id="entry-images-heading">{t("heading")}</h2>
      <p>{t("laterOnNewEntry")}</p>
    </section>
  );
}
