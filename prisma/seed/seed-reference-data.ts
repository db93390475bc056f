import { createArticle } from "@/lib/data/articles/create-article";
import { createEntries } from "@/lib/data/entries/create-entries";
import { newEntryFromInput } from "@/lib/data/entries/new-entry";
import { upsertSource } from "@/lib/data/sources/upsert-source";
import { createTag } from "@/lib/data/tags/create-tag";
import { createTour } from "@/lib/data/tours/create-tour";
import { db } from "@/lib/db";
import { ARTICLES } from "./articles";
import { ENTRIES } from "./entries";
import { RELATIONS } from "./relations";
import { SOURCES } from "./sources";
import { TAGS } from "./tags";
import { FEATURED_TOURS } from "./tours";

/** Loads the reference collection through the normal data layer's write paths; does nothing if entries exist. */
export async function seedReferenceData(): Promise<{ seeded: boolean; entries: number }> {
  const existing = await db.entry.count();
  if (existing > 0) return { seeded: false, entries: existing };
  for (const source of SOURCES) await upsertSource(source);
  // Each link is given by the entry it is made from; one batch, so every entry's first revision shows all of them.
  await createEntries(
    ENTRIES.map((entry) =>
      newEntryFromInput(
        entry,
        RELATIONS.filter((r) => r.fromSlug === entry.slug),
      ),
    ),
    { actor: null },
  );
  for (const article of ARTICLES) await createArticle(article);
  for (const tag of TAGS) await createTag(tag);
  for (const tour of FEATURED_TOURS) await createTour(tour, { actor: null, status: "published" });
  return { seeded: true, entries: ENTRIES.length };
}
