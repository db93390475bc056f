import { type EntrySummary, toEntrySummary } from "@/lib/data/entries/entry-summary";
import { PUBLISHED } from "@/lib/data/published";
import { versionedCache } from "../caches/versioned-cache";
import { summaryRows } from "./summary-rows";

/** Every published entry fits at 100,000; past the cap new ones are made but not kept. */
const MAX_PER_LOCALE = 200_000;

/**
 * Summaries made at this version of the collection, per locale (null: not published). Making one
 * (its date label through Intl, its title picked) costs about as much as reading its row, and the
 * same entries come back in view after view; a new version starts empty, so nothing stale is kept.
 */
const summariesOfThisVersion = versionedCache("entry-summaries", async () => new Map<string, Map<string, EntrySummary | null>>());

/** The published ones of these entries, as the map, the timeline and the list draw them, in the order given. */
export async function publishedSummaries(ids: string[], locale: string, version?: number): Promise<EntrySummary[]> {
  const byLocale = await summariesOfThisVersion(version);
  let kept = byLocale.get(locale);
  if (!kept) {
    kept = new Map();
    byLocale.set(locale, kept);
  }
  const made = new Map<string, EntrySummary | null>();
  const missing = ids.filter((id) => !kept.has(id));
  if (missing.length) {
    for (const row of await summaryRows(missing, version)) {
      const summary = row.status === PUBLISHED ? toEntrySummary(row, locale) : null;
      made.set(row.id, summary);
      if (kept.size < MAX_PER_LOCALE) kept.set(row.id, summary);
    }
  }
  return ids.flatMap((id) => kept.get(id) ?? made.get(id) ?? []);
}
