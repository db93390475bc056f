import { processSingleton } from "@/lib/process-singleton";
import { type EntryIndex, entryIndex } from "./entry-index";

const byIndex = processSingleton("viewport.published-countries", () => new WeakMap<EntryIndex, string[]>());

/**
 * The countries that published entries are in, for the country filter: from the in-memory entry
 * index, because the database's DISTINCT through Prisma reads every entry (a few hundred ms at 100,000).
 */
export async function publishedCountries(): Promise<string[]> {
  const index = await entryIndex();
  let countries = byIndex.get(index);
  if (!countries) {
    countries = [...new Set(index.country.filter((c): c is string => c !== null))].sort();
    byIndex.set(index, countries);
  }
  return countries;
}
