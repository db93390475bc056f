import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";
import { PUBLISHED } from "../published";

/** Each word (as its transliterated skeleton) of the published entries' names, with how many documents use it. */
export type SearchVocabulary = Map<string, number>;

/**
 * How long a vocabulary is used before it is read again. Only a misspelt query reads it, so a
 * name published since is missed by typo correction (never by the search itself) for this long.
 */
const KEPT_MS = 60_000;

const cache = processSingleton("search.vocabulary", () => ({
  current: null as { database: string; readAt: number; vocabulary: Promise<SearchVocabulary> } | null,
}));

async function readVocabulary(): Promise<SearchVocabulary> {
  const rows = await db.searchDocument.findMany({ where: { entry: { status: PUBLISHED } }, select: { skeleton: true } });
  const vocabulary: SearchVocabulary = new Map();
  for (const { skeleton } of rows) {
    for (const word of new Set(skeleton.split(" "))) if (word) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
  }
  return vocabulary;
}

/**
 * The words a misspelt query is corrected towards: titles, other names and place names (what the
 * skeleton column holds), read at most once a minute per database and shared by every request.
 */
export function searchVocabulary(now = Date.now()): Promise<SearchVocabulary> {
  const database = env.DATABASE_URL;
  const cached = cache.current;
  if (cached && cached.database === database && now - cached.readAt < KEPT_MS) return cached.vocabulary;
  const vocabulary = readVocabulary();
  cache.current = { database, readAt: now, vocabulary };
  vocabulary.catch(() => {
    if (cache.current?.vocabulary === vocabulary) cache.current = null;
  });
  return vocabulary;
}
