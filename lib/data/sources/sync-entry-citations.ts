import { randomBytes } from "node:crypto";
import { type NoteColumns, noteColumns } from "@/lib/content/localized-note";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { CitationEdit } from "@/lib/validation/source";

type Tx = Pick<Database, "source" | "citation">;

/** A readable, unique key for a source made in the editor: its title in Latin letters, then a random tail. */
export function newSourceKey(title: string): string {
  const words = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${words || "source"}-${randomBytes(4).toString("hex")}`;
}

/**
 * Replaces the entry's citations with `citations`, creating the new sources they describe.
 * Sources themselves are never deleted here: one no longer cited by this entry may support
 * another entry, an article or a link, and stays in the list to be cited again.
 */
export async function syncEntryCitations(tx: Tx, entryId: string, citations: CitationEdit[]): Promise<void> {
  const keys = [...new Set(citations.flatMap((c) => (c.source ? [c.source] : [])))];
  const found = await tx.source.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } });
  const idOf = new Map(found.map((s) => [s.key, s.id]));
  const rows: ({ sourceId: string; entryId: string; field: string } & NoteColumns)[] = [];
  for (const [index, citation] of citations.entries()) {
    const { newSource } = citation;
    const sourceId = newSource
      ? (await tx.source.create({ data: { key: newSourceKey(newSource.title), ...newSource }, select: { id: true } })).id
      : idOf.get(citation.source ?? "");
    if (!sourceId)
      throw new AppError(
        "NOT_FOUND",
        { key: "noSource", params: { source: citation.source ?? "" } },
        { field: `citations.${index}.source` },
      );
    rows.push({ sourceId, entryId, field: citation.field, ...noteColumns(citation.note) });
  }
  await tx.citation.deleteMany({ where: { entryId } });
  if (rows.length) await tx.citation.createMany({ data: rows });
}
