import "server-only";
import { db } from "@/lib/db";
import type { CreatedEntriesWindow } from "./created-entries-window";

/**
 * The ids of the entries an import created (see CreatedEntriesWindow), a page at a time in the order
 * they were created, so a ten-thousand-row import is never held whole. Entries deleted since are
 * still named here; readers of the entries themselves skip them.
 */
export async function* createdEntryIdPages(window: CreatedEntriesWindow, pageSize: number): AsyncGenerator<string[]> {
  const where = {
    action: "entry.create",
    actorId: window.actorId,
    OR: window.spans.map((span) => ({ at: { gte: new Date(span.from), lte: new Date(span.to) } })),
  };
  let cursor: string | undefined;
  while (window.spans.length > 0) {
    const page = await db.auditEvent.findMany({
      where,
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { id: true, targetId: true },
      take: pageSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (page.length === 0) return;
    yield page.flatMap((line) => (line.targetId ? [line.targetId] : []));
    if (page.length < pageSize) return;
    cursor = page.at(-1)!.id;
  }
}
