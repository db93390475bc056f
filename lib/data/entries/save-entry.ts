import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import { mayEditInStatus } from "@/lib/content/curator-only-statuses";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import { RELATION_TYPES } from "@/lib/content/relation-types";
import { parseHistoricalDate, toStoredColumns } from "@/lib/dates";
import { type Database, db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type EntrySnapshot, readEntrySnapshot } from "@/lib/revisions/entry-snapshot";
import { writeEntrySearchDocuments } from "@/lib/search/search-documents";
import type { EntryEdit } from "@/lib/validation/entry-edit";
import { syncEntryRelations, type WantedRelation } from "../relations/sync-entry-relations";
import { syncEntryCitations } from "../sources/sync-entry-citations";

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** Someone else saved the entry since the editor opened it: the refusal carries what is there now. */
export function entryEditConflict(current: EntrySnapshot, currentVersion: number): AppError<EntrySnapshot> {
  return new AppError("EDIT_CONFLICT", "Someone else saved this entry while you were editing it.", {
    conflict: { current, currentVersion },
  });
}

/** Writes an edit's fields; returns the other entries whose symmetric links it changed. */
async function writeFields(tx: Tx, entryId: string, edit: EntryEdit): Promise<Set<string>> {
  await tx.entry.update({
    where: { id: entryId },
    data: {
      slug: edit.slug,
      kind: edit.kind,
      latitude: edit.latitude,
      longitude: edit.longitude,
      locationPrecision: edit.locationPrecision,
      countryCode: edit.countryCode,
      wikidataId: edit.wikidataId,
      ...toStoredColumns(edit.date ? parseHistoricalDate(edit.date) : null),
    },
  });
  await tx.entryTranslation.deleteMany({ where: { entryId } });
  const translations = CONTENT_LOCALES.flatMap((locale) => {
    const t = edit.translations[locale];
    return t?.title ? [{ entryId, locale, ...t, aliases: t.aliases.join("\n") }] : [];
  });
  await tx.entryTranslation.createMany({ data: translations });

  const comparable: WantedRelation[] = edit.comparableTo.map((target) => ({
    type: "comparable_to",
    target,
    note: "",
    source: null,
    field: "comparableTo",
    keepDetails: true,
  }));
  const listed: WantedRelation[] = (edit.relations ?? []).map((r, index) => ({ ...r, field: `relations.${index}` }));
  // Rows from the list come first, so their note and source win over a bare comparableTo slug.
  const partners = await syncEntryRelations(tx, entryId, [...listed, ...comparable], edit.relations ? RELATION_TYPES : ["comparable_to"]);
  if (edit.citations) await syncEntryCitations(tx, entryId, edit.citations);
  await writeEntrySearchDocuments(tx, entryId);
  return partners;
}

/**
 * A symmetric link (comparable, related) belongs to both entries' records: the other entry gets a
 * new version, so someone editing it meanwhile is told, and a revision, so its history shows the change.
 */
async function recordPartnerRevisions(tx: Tx, partners: Set<string>, actor: StaffUser | null): Promise<void> {
  for (const partnerId of partners) {
    await tx.entry.update({ where: { id: partnerId }, data: { version: { increment: 1 } } });
    await recordRevision(tx, partnerId, "update", actor);
  }
}

async function recordRevision(tx: Tx, entryId: string, action: string, actor: StaffUser | null): Promise<number> {
  const { snapshot, version } = await readEntrySnapshot(tx, entryId);
  await tx.revision.create({
    data: { entryId, version, action, snapshot: JSON.stringify(snapshot), authorId: actor?.id ?? null, authorEmail: actor?.email ?? null },
  });
  return version;
}

/** A new entry from the editor: always a draft, with its first revision. */
export async function createEntryDraft(edit: EntryEdit, actor: StaffUser): Promise<{ id: string; slug: string }> {
  const created = await db.$transaction(async (tx) => {
    if (await tx.entry.findUnique({ where: { slug: edit.slug }, select: { id: true } })) {
      throw new AppError("INVALID_INPUT", { key: "slugTaken", params: { slug: edit.slug } }, { field: "slug" });
    }
    const entry = await tx.entry.create({ data: { slug: edit.slug, kind: edit.kind, status: "draft" }, select: { id: true, slug: true } });
    const partners = await writeFields(tx, entry.id, edit);
    await recordRevision(tx, entry.id, "create", actor);
    await recordPartnerRevisions(tx, partners, actor);
    return entry;
  });
  await recordAuditEvent({ actor, action: "entry.create", targetType: "entry", targetId: created.id, detail: { slug: created.slug } });
  return created;
}

/**
 * Saves an edit if nobody saved since `expectedVersion` was read (optimistic concurrency);
 * otherwise throws an EDIT_CONFLICT AppError and changes nothing.
 */
export async function updateEntry(input: {
  entryId: string;
  expectedVersion: number;
  edit: EntryEdit;
  actor: StaffUser;
  action?: "update" | "restore";
}): Promise<{ version: number }> {
  const version = await db.$transaction(async (tx) => {
    const current = await tx.entry.findUnique({ where: { id: input.entryId }, select: { status: true } });
    if (current && !mayEditInStatus(input.actor.role, current.status)) throw new AppError("FORBIDDEN", { key: "publishedByCurators" });
    const claimed = await tx.entry.updateMany({
      where: { id: input.entryId, version: input.expectedVersion },
      data: { version: { increment: 1 } },
    });
    if (claimed.count === 0) {
      const current = await tx.entry.findUnique({ where: { id: input.entryId }, select: { id: true } });
      if (!current) throw new AppError("NOT_FOUND", { key: "entryGone" });
      const { snapshot, version: currentVersion } = await readEntrySnapshot(tx, input.entryId);
      throw entryEditConflict(snapshot, currentVersion);
    }
    const clash = await tx.entry.findFirst({ where: { slug: input.edit.slug, NOT: { id: input.entryId } }, select: { id: true } });
    if (clash) throw new AppError("INVALID_INPUT", { key: "slugTaken", params: { slug: input.edit.slug } }, { field: "slug" });
    const partners = await writeFields(tx, input.entryId, input.edit);
    const version = await recordRevision(tx, input.entryId, input.action ?? "update", input.actor);
    await recordPartnerRevisions(tx, partners, input.actor);
    return version;
  });
  await recordAuditEvent({
    actor: input.actor,
    action: `entry.${input.action ?? "update"}`,
    targetType: "entry",
    targetId: input.entryId,
    detail: { version },
  });
  return { version };
}

export { recordRevision };
