import { createArticle } from "@/lib/data/articles/create-article";
import { createEntry } from "@/lib/data/entries/create-entry";
import { createRelation } from "@/lib/data/relations/create-relation";
import { upsertSource } from "@/lib/data/sources/upsert-source";
import { createTag } from "@/lib/data/tags/create-tag";
import { db } from "@/lib/db";
import { ARTICLES } from "./articles";
import { ENTRIES } from "./entries";
import { RELATIONS } from "./relations";
import { SOURCES } from "./sources";
import { TAGS } from "./tags";

/** Loads the reference collection through the normal data layer; does nothing if entries exist. */
export async function seedReferenceData(): Promise<{ seeded: boolean; entries: number }> {
  const existing = await db.entry.count();
  if (existing > 0) return { seeded: false, entries: existing };
  for (const source of SOURCES) await upsertSource(source);
  for (const entry of ENTRIES) await createEntry(entry);
  for (const relation of RELATIONS) await createRelation(relation);
  for (const article of ARTICLES) await createArticle(article);
  for (const tag of TAGS) await createTag(tag);
  return { seeded: true, entries: ENTRIES.length };
}
