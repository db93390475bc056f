import { db } from "@/lib/db";
import { SOURCE_OPTION_SELECT, type SourceOption } from "./source-option";

export type { SourceOption };

/** What an entry cites: its citations' sources and its links' (null for a new entry). */
interface CitingRecord {
  citations: readonly { source: string }[];
  relations: readonly { source: string | null }[];
}

/**
 * The sources an entry cites, by title, for its editor to name them without a search: only those,
 * never the whole table (the citation picker finds any other on the server as a person types).
 */
export async function listSourceOptions(record: CitingRecord | null): Promise<SourceOption[]> {
  const keys = [...new Set([...(record?.citations ?? []).map((c) => c.source), ...(record?.relations ?? []).map((r) => r.source)])];
  const wanted = keys.filter((key): key is string => Boolean(key));
  if (wanted.length === 0) return [];
  return db.source.findMany({ where: { key: { in: wanted } }, select: SOURCE_OPTION_SELECT, orderBy: [{ title: "asc" }, { key: "asc" }] });
}
