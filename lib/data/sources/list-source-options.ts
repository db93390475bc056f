import { db } from "@/lib/db";

export interface SourceOption {
  key: string;
  title: string;
  publisher: string | null;
}

/** Every source, for the entry editor's citation picker, by title. */
export async function listSourceOptions(): Promise<SourceOption[]> {
  const rows = await db.source.findMany({ select: { key: true, title: true, publisher: true } });
  return rows.sort((a, b) => a.title.localeCompare(b.title, "en") || a.key.localeCompare(b.key));
}
