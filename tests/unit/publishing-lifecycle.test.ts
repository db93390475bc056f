import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { articleEditSchema } from "@/lib/validation/article-edit";
import { entryEditSchema } from "@/lib/validation/entry-edit";
import { CURATOR, entryEdit as entry } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

const database = setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createEntryDraft } = await import("@/lib/data/entries/create-entry-draft");
const { ENTRY } = await import("@/lib/data/entries/entry-record");
const { ARTICLE } = await import("@/lib/data/articles/article-record");
const { updateRecord } = await import("@/lib/data/publishing/update-record");
const { changeRecordStatus } = await import("@/lib/data/publishing/change-record-status");
const { deleteRecord } = await import("@/lib/data/publishing/delete-record");
const { getRecordForEditing } = await import("@/lib/data/publishing/get-record-for-editing");
const { listRecordRevisions } = await import("@/lib/data/publishing/list-record-revisions");
const { createArticleDraft } = await import("@/lib/data/articles/create-article-draft");
const { db } = await import("@/lib/db");

/** Makes every audit write fail, as a full disk or a crash between the change and its audit line would. */
async function breakTheAuditLog(): Promise<void> {
  if (database.kind === "postgresql") {
    await db.$executeRawUnsafe(
      `CREATE FUNCTION audit_down() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit log down'; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(`CREATE TRIGGER audit_down BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_down()`);
  } else {
    await db.$executeRawUnsafe(`CREATE TRIGGER audit_down BEFORE INSERT ON "AuditEvent" BEGIN SELECT RAISE(ABORT, 'audit log down'); END`);
  }
}

async function mendTheAuditLog(): Promise<void> {
  if (database.kind === "postgresql") {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS audit_down ON "AuditEvent"`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS audit_down()`);
  } else {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS audit_down`);
  }
}

beforeAll(async () => {
  await seedReferenceData();
}, 60_000);

afterEach(mendTheAuditLog);

describe("a change and its audit line", () => {
  it("stand or fall together: when the audit line cannot be written, nothing of the change is kept", async () => {
    const created = await createEntryDraft(entryEditSchema.parse(entry("audited-with-its-change")), CURATOR);
    const article = await createArticleDraft(
      articleEditSchema.parse({ slug: "audited-article", language: "en", translations: { en: { title: "Audited" } } }),
      CURATOR,
    );
    await breakTheAuditLog();

    const edited = entryEditSchema.parse(entry("audited-with-its-change", { date: "1970" }));
    await expect(updateRecord(ENTRY, { id: created.id, expectedVersion: 1, edit: edited, actor: CURATOR })).rejects.toThrow();
    await expect(changeRecordStatus(ENTRY, { id: created.id, expectedVersion: 1, to: "published", actor: CURATOR })).rejects.toThrow();
    await expect(deleteRecord(ENTRY, { id: created.id, expectedVersion: 1, actor: CURATOR })).rejects.toThrow();
    const articleEdit = articleEditSchema.parse({ slug: "audited-article", language: "en", translations: { en: { title: "Changed" } } });
    await expect(updateRecord(ARTICLE, { id: article.id, expectedVersion: 1, edit: articleEdit, actor: CURATOR })).rejects.toThrow();
    await expect(createEntryDraft(entryEditSchema.parse(entry("never-created")), CURATOR)).rejects.toThrow();

    const kept = await getRecordForEditing(ENTRY, "audited-with-its-change");
    expect(kept).toMatchObject({ version: 1, snapshot: { status: "draft", date: "1975-05-09" } });
    expect((await listRecordRevisions(ENTRY, created.id)).map((r) => r.version)).toEqual([1]);
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { version: true } })).toEqual({ version: 1 });
    expect(await getRecordForEditing(ENTRY, "never-created")).toBeNull();
  });
});

describe("a link that changes another entry's record", () => {
  it("gives the partner a revision and an audit line of its own", async () => {
    const partner = (await getRecordForEditing(ENTRY, "mamayev-kurgan"))!;
    expect(partner.snapshot.status).toBe("published");
    const created = await createEntryDraft(
      entryEditSchema.parse(entry("linked-to-a-published-partner", { relations: [{ type: "comparable_to", target: "mamayev-kurgan" }] })),
      CURATOR,
    );
    const after = (await getRecordForEditing(ENTRY, "mamayev-kurgan"))!;
    expect(after.version).toBe(partner.version + 1);
    const audit = await db.auditEvent.findMany({
      where: { targetId: partner.id, action: "entry.update" },
      select: { actorEmail: true, detail: true },
    });
    expect(audit.map((a) => ({ actor: a.actorEmail, detail: JSON.parse(a.detail) }))).toEqual([
      { actor: CURATOR.email, detail: { version: after.version, linkedFrom: "linked-to-a-published-partner" } },
    ]);

    // Unlinking it again from the new entry's side is a change to the partner too.
    const unlinked = entryEditSchema.parse(entry("linked-to-a-published-partner", { relations: [] }));
    await updateRecord(ENTRY, { id: created.id, expectedVersion: 1, edit: unlinked, actor: CURATOR });
    expect(await db.auditEvent.count({ where: { targetId: partner.id, action: "entry.update" } })).toBe(2);
  });
});
