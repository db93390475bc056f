import { useTranslations } from "next-intl";
import { NoteSpan } from "@/components/entries/note-span";
import { Link } from "@/i18n/navigation";
import type { IncomingRelations } from "@/lib/data/relations/list-incoming-relations";

/** Links other entries make to this one: shown, not edited here, with the way to where they are edited. */
export function EntryIncomingRelations({ incoming }: { incoming: IncomingRelations }) {
  const { items: relations, total } = incoming;
  const t = useTranslations("entryEditor.relations");
  const types = useTranslations("relations");
  if (relations.length === 0) return null;
  return (
    <section aria-labelledby="incoming-relations" className="incoming-relations">
      <h3 id="incoming-relations">{t("incoming")}</h3>
      <p className="hint">{t("incomingHint")}</p>
      {total > relations.length ? <p className="hint">{t("incomingFirst", { shown: relations.length, total })}</p> : null}
      <ul>
        {relations.map((r) => (
          <li key={`${r.type} ${r.from.slug}`}>
            {types(`${r.type}.incoming`)}: {r.from.title}
            <NoteSpan note={r.note} /> <Link href={`/admin/entries/${r.from.slug}`}>{t("editThere", { title: r.from.title })}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
