import { beforeAll, describe, expect, it } from "vitest";
import { CURATOR, EDITOR, entryEdit as entry } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createEntries } = await import("@/lib/data/entries/create-entries");
const { ENTRY } = await import("@/lib/data/entries/entry-record");
const { updateRecord } = await import("@/lib/data/publishing/update-record");
const { getRecordForEditing } = await import("@/lib/data/publishing/get-record-for-editing");
const { listRecordRevisions } = await import("@/lib/data/publishing/list-record-revisions");
const { entryEditSchema } = await import("@/lib/validation/entry-edit");
const { db } = await import("@/lib/db");

async function searchDocuments(entryId: string) {
  return db.searchDocument.findMany({
    where: { entryId },
    select: { locale: true, title: true, aliases: true, body: true, skeleton: true },
    orderBy: { locale: "asc" },
  });
}

beforeAll(async () => {
  await seedReferenceData();
}, 60_000);

describe("the one write path for entries", () => {
  it("writes in a batch exactly what the editor's save writes", async () => {
    const full = entry("written-in-a-batch", {
      wikidataId: "Q42",
      countryCode: "RU",
      relations: [
        { type: "comparable_to", target: "rzhev-memorial", note: { en: "Same scale", ru: "" }, source: "tass-rzhev-liberation-80" },
        { type: "commemorates", target: "battles-of-rzhev", note: { en: "", ru: "" }, source: "" },
      ],
      citations: [
        { source: "tass-rzhev-liberation-80", newSource: null, field: "date", note: { en: "p. 2", ru: "" } },
        {
          source: "",
          newSource: { title: "A new book", url: "https://example.org/book", publisher: "", accessedOn: "" },
          field: "title",
          note: { en: "", ru: "" },
        },
      ],
    });
    const [created] = await createEntries([{ entry: full, status: "published" }], { actor: CURATOR, batchSize: 10 });
    const batch = (await getRecordForEditing(ENTRY, "written-in-a-batch"))!;
    const documents = await searchDocuments(created!.id);
    expect(documents.map((d) => d.locale)).toEqual(["en", "ru"]);

    // Saving the same fields again through the editor's path changes nothing but the version.
    const again = entryEditSchema.parse({
      ...full,
      citations: batch.snapshot.citations.map((c) => ({ ...c, newSource: null })),
    });
    await updateRecord(ENTRY, { id: created!.id, expectedVersion: batch.version, edit: again, actor: CURATOR });
    const edited = (await getRecordForEditing(ENTRY, "written-in-a-batch"))!;
    expect(edited.snapshot).toEqual(batch.snapshot);
    expect(await searchDocuments(created!.id)).toEqual(documents);
    const revisions = await listRecordRevisions(ENTRY, created!.id);
    expect(revisions.map((r) => [r.version, r.action, r.authorEmail])).toEqual([
      [2, "update", CURATOR.email],
      [1, "create", CURATOR.email],
    ]);
    expect(revisions[1]!.snapshot).toEqual(batch.snapshot);
    expect(await db.auditEvent.count({ where: { targetId: created!.id, action: "entry.create" } })).toBe(1);
  });

  it("refuses a whole batch for one bad entry, naming its field, and keeps the batches before it", async () => {
    const good = (slug: string) => ({ entry: entry(slug), status: "published" as const });
    const bad = { entry: entry("batch-with-a-bad-link", { relations: [{ type: "part_of", target: "no-such-entry" }] }) };
    const refused = createEntries([good("kept-from-batch-one"), good("also-from-batch-one"), good("lost-with-batch-two"), bad], {
      actor: null,
      batchSize: 2,
    });
    await expect(refused).rejects.toMatchObject({ code: "NOT_FOUND", field: "relations.0.target", status: 422 });
    expect(await getRecordForEditing(ENTRY, "kept-from-batch-one")).not.toBeNull();
    expect(await getRecordForEditing(ENTRY, "lost-with-batch-two")).toBeNull();

    const twice = createEntries([good("given-twice"), good("between"), good("given-twice")], { actor: null, batchSize: 2 });
    await expect(twice).rejects.toMatchObject({ code: "INVALID_INPUT", field: "slug" });
    await expect(createEntries([{ entry: entry("not-for-editors"), status: "published" }], { actor: EDITOR })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("gives an entry of an earlier batch the links later ones make, in its first revision, without a new version", async () => {
    const created = await createEntries(
      [
        { entry: entry("linked-later-first") },
        { entry: entry("linked-later-second") },
        { entry: entry("links-back", { relations: [{ type: "comparable_to", target: "linked-later-first" }] }) },
        { entry: entry("links-back-too", { relations: [{ type: "related_to", target: "linked-later-first" }] }) },
      ],
      { actor: null, batchSize: 2 },
    );
    const first = (await getRecordForEditing(ENTRY, "linked-later-first"))!;
    expect(first.version).toBe(1);
    expect(first.snapshot.relations.map((r) => [r.type, r.target])).toEqual([
      ["comparable_to", "links-back"],
      ["related_to", "links-back-too"],
    ]);
    const [revision] = await listRecordRevisions(ENTRY, created[0]!.id);
    expect(revision).toMatchObject({ version: 1, action: "create", snapshot: first.snapshot });
  });

  it("moves an entry that was there before to a new version, audited, when a new one links to it", async () => {
    const partner = (await getRecordForEditing(ENTRY, "mamayev-kurgan"))!;
    await createEntries([{ entry: entry("imported-twin", { relations: [{ type: "comparable_to", target: "mamayev-kurgan" }] }) }], {
      actor: CURATOR,
    });
    const after = (await getRecordForEditing(ENTRY, "mamayev-kurgan"))!;
    expect(after.version).toBe(partner.version + 1);
    expect(after.snapshot.relations.some((r) => r.target === "imported-twin")).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { targetId: partner.id, action: "entry.update" },
      select: { detail: true },
    });
    expect(JSON.parse(audit.detail)).toEqual({ version: after.version, linkedFrom: "imported-twin" });
  });

  it("stores a symmetric link given from both ends of one batch once", async () => {
    await createEntries(
      [
        { entry: entry("pair-one", { relations: [{ type: "comparable_to", target: "pair-two", note: { en: "From one", ru: "" } }] }) },
        { entry: entry("pair-two", { relations: [{ type: "comparable_to", target: "pair-one", note: { en: "From two", ru: "" } }] }) },
      ],
      { actor: null },
    );
    const rows = await db.entryRelation.findMany({
      where: { from: { slug: { in: ["pair-one", "pair-two"] } } },
      select: { noteEn: true, noteRu: true },
    });
    expect(rows).toEqual([{ noteEn: "From one", noteRu: "" }]);
    expect((await getRecordForEditing(ENTRY, "pair-two"))!.snapshot.relations).toEqual([
      { type: "comparable_to", target: "pair-one", note: { en: "From one", ru: "" }, source: null },
    ]);
  });
});
