import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { noteColumns } from "@/lib/content/localized-note";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type SourceEditInput, sourceEditSchema } from "@/lib/validation/source";
import { SOURCE_EDIT_SELECT, type SourceForEditing, toSourceForEditing } from "./get-source-for-editing";

const same = (a: SourceForEditing, b: SourceForEditing) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Replaces what is recorded about a source (title, address, publisher, date read, language, notes)
 * under the editor's schema (ZodError when refused); its key stays, so every citation keeps pointing
 * at it. The audit line, in the same transaction, keeps the source before and after. A source's
 * title shows on every page citing it and in the API, none of which touch an entry's row: a real
 * change moves the collection version, which the open-data stamp and the caches keyed on it read.
 */
export async function updateSource(input: { key: string; fields: SourceEditInput; actor: StaffUser }): Promise<SourceForEditing> {
  if (!can(input.actor.role, "entries.edit")) throw new AppError("FORBIDDEN");
  const { note, ...fields } = sourceEditSchema.parse(input.fields);
  return db.$transaction(async (tx) => {
    const current = await tx.source.findUnique({ where: { key: input.key }, select: SOURCE_EDIT_SELECT });
    if (!current) throw new AppError("NOT_FOUND", `There is no source "${input.key}"`);
    const before = toSourceForEditing(current);
    const after = toSourceForEditing(
      await tx.source.update({ where: { id: current.id }, data: { ...fields, ...noteColumns(note) }, select: SOURCE_EDIT_SELECT }),
    );
    if (same(before, after)) return after;
    await tx.$executeRaw`UPDATE "CollectionVersion" SET "version" = "version" + 1 WHERE "id" = 1`;
    const { id, ...shown } = before;
    const { id: _, ...changed } = after;
    await recordAuditEvent(
      { actor: input.actor, action: "source.update", targetType: "source", targetId: id, detail: { before: shown, after: changed } },
      tx,
    );
    return after;
  });
}
