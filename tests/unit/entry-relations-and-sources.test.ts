import { beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/current-user";
import { entryFieldErrors, entryFormInput, readEntryForm } from "@/lib/forms/entry-form";
import type { EntrySnapshot } from "@/lib/revisions/entry-snapshot";
import { englishValidation } from "@/lib/validation/english-messages";
import { type EntryEditInput, entryEditSchema } from "@/lib/validation/entry-edit";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createEntryDraft } = await import("@/lib/data/entries/create-entry-draft");
const { ENTRY } = await import("@/lib/data/entries/entry-record");
const { updateRecord } = await import("@/lib/data/publishing/update-record");
const { changeRecordStatus } = await import("@/lib/data/publishing/change-record-status");
const { restoreRecordRevision } = await import("@/lib/data/publishing/restore-record-revision");
const { getRecordForEditing } = await import("@/lib/data/publishing/get-record-for-editing");
const { listRecordRevisions } = await import("@/lib/data/publishing/list-record-revisions");
const { AppError } = await import("@/lib/errors/app-error");
const { getPublishedEntry } = await import("@/lib/data/entries/get-published-entry");
const { listIncomingRelations } = await import("@/lib/data/relations/list-incoming-relations");
const { diffSnapshots } = await import("@/lib/revisions/diff-snapshots");
const { snapshotForDiff } = await import("@/lib/revisions/entry-snapshot");
const { db } = await import("@/lib/db");

const EDITOR: StaffUser = { id: "editor-1", email: "editor@example.org", name: "Editor", role: "editor" };
const CURATOR: StaffUser = { id: "curator-1", email: "curator@example.org", name: "Curator", role: "curator" };
const text = { aliases: "", summary: "", description: "", placeName: "", locationNote: "", authors: "", dimensions: "" };
const NEW_SOURCE = {
  title: "Town archive, memorial file",
  url: "https://archive.example.org/memorial",
  publisher: "Town archive",
  accessedOn: "2024-05-01",
};

function edit(overrides: Partial<EntryEditInput> = {}): EntryEditInput {
  return {
    slug: "linked-memorial",
    kind: "memorial",
    latitude: "",
    longitude: "",
    date: "1985-05",
    translations: { en: { ...text, title: "Linked memorial" }, ru: { ...text, title: "" } },
    relations: [
      { type: "comparable_to", target: "rzhev-memorial", note: { en: "", ru: "" }, source: "" },
      {
        type: "commemorates",
        target: "battles-of-rzhev",
        note: { en: "The dead of the Rzhev battles", ru: "" },
        source: "tass-rzhev-liberation-80",
      },
      { type: "located_at", target: "rzhev", note: { en: "", ru: "" }, source: "" },
    ],
    citations: [
      { source: "tass-rzhev-liberation-80", field: "title", note: { en: "", ru: "" } },
      { source: null, newSource: NEW_SOURCE, field: "date", note: { en: "Opening ceremony", ru: "" } },
    ],
    ...overrides,
  };
}

function issuePaths(input: EntryEditInput): Record<string, string> {
  const result = entryEditSchema.safeParse(input);
  return result.success ? {} : entryFieldErrors(result.error, englishValidation);
}

async function entryId(slug: string): Promise<string> {
  return (await db.entry.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

// Seeding over PostgreSQL on a busy machine can take longer than the default 10 s.
beforeAll(async () => {
  await seedReferenceData();
}, 60_000);

describe("the editor's schema for links and sources", () => {
  it("accepts links of several types and citations of existing and new sources", () => {
    expect(issuePaths(edit())).toEqual({});
  });

  it("refuses a link to the entry itself, a duplicate link and an over-long note, where the form shows them", () => {
    const errors = issuePaths(
      edit({
        relations: [
          { type: "part_of", target: "linked-memorial", note: { en: "", ru: "" }, source: "" },
          { type: "commemorates", target: "battles-of-rzhev", note: { en: "", ru: "" }, source: "" },
          { type: "commemorates", target: "battles-of-rzhev", note: { en: "again", ru: "" }, source: "" },
          { type: "related_to", target: "rzhev", note: { en: "x".repeat(1001), ru: "" }, source: "" },
        ],
      }),
    );
    expect(errors).toEqual({
      "relations.0.target": "An entry cannot be linked to itself",
      "relations.2.target": "This link is already in the list",
      "relations.3.note.en": "A note has at most 1000 characters",
    });
  });

  it("the same type to another entry, and another type to the same entry, are not duplicates", () => {
    const relations = [
      { type: "commemorates" as const, target: "battles-of-rzhev", note: { en: "", ru: "" }, source: "" },
      { type: "related_to" as const, target: "battles-of-rzhev", note: { en: "", ru: "" }, source: "" },
      { type: "commemorates" as const, target: "operation-mars", note: { en: "", ru: "" }, source: "" },
    ];
    expect(issuePaths(edit({ relations }))).toEqual({});
  });

  it("needs a title, an http(s) address and an ISO date for a new source, and a known field", () => {
    const errors = issuePaths(
      edit({
        citations: [
          {
            source: null,
            newSource: { title: "", url: "ftp://example.org/file", publisher: "", accessedOn: "01.05.2024" },
            field: "date",
            note: { en: "", ru: "" },
          },
          { source: "tass-rzhev-liberation-80", field: "nonsense" as "date", note: { en: "", ru: "" } },
          { source: null, newSource: null, field: "date", note: { en: "", ru: "" } },
        ],
      }),
    );
    expect(Object.keys(errors).sort()).toEqual([
      "citations.0.accessedOn",
      "citations.0.title",
      "citations.0.url",
      "citations.1.field",
      "citations.2.source",
    ]);
  });

  it("refuses one source cited twice for the same field, and a self-link, even while other fields are wrong", () => {
    const twice = { source: "khatyn-museum", field: "title" as const, note: { en: "", ru: "" } };
    expect(issuePaths(edit({ citations: [twice, { ...twice, field: "date" }, twice] }))).toEqual({
      "citations.2.source": "This source is already cited for this field",
    });
    const errors = issuePaths(
      edit({
        date: "sometime",
        relations: [{ type: "part_of", target: "linked-memorial", note: { en: "", ru: "" }, source: "" }],
        citations: [twice, twice],
      }),
    );
    expect(Object.keys(errors).sort()).toEqual(["citations.1.source", "date", "relations.0.target"]);
    expect(entryEditSchema.safeParse(null).success).toBe(false);
  });

  it("reads the form's rows in order and checks them with the same schema as the server", () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({
      slug: "from-the-form",
      kind: "memorial",
      locationPrecision: "exact",
      "en.title": "From the form",
      "relations.0.type": "part_of",
      "relations.0.target": "from-the-form",
      "relations.0.note.en": "",
      "relations.0.note.ru": "",
      "relations.0.source": "",
      "relations.3.type": "commemorates",
      "relations.3.target": "battles-of-rzhev",
      "relations.3.note.en": "",
      "relations.3.note.ru": "",
      "relations.3.source": "",
      "citations.0.source": "",
      "citations.0.title": "A new book",
      "citations.0.language": "de",
      "citations.0.url": "not a url",
      "citations.0.publisher": "",
      "citations.0.accessedOn": "",
      "citations.0.field": "date",
      "citations.0.note.en": "",
      "citations.0.note.ru": "",
    }))
      form.set(name, value);
    const values = readEntryForm(form);
    expect(values.relations.map((r) => r.type)).toEqual(["part_of", "commemorates"]);
    expect(values.citations).toEqual([
      {
        source: "",
        title: "A new book",
        language: "de",
        url: "not a url",
        publisher: "",
        accessedOn: "",
        field: "date",
        "note.en": "",
        "note.ru": "",
      },
    ]);
    const result = entryEditSchema.safeParse(entryFormInput(values));
    expect(result.success).toBe(false);
    expect(Object.keys(entryFieldErrors(result.error!, englishValidation)).sort()).toEqual(["citations.0.url", "relations.0.target"]);
  });
});

describe("saving links and sources", () => {
  let id = "";

  it("creates the links and citations, making the new source", async () => {
    id = (await createEntryDraft(entryEditSchema.parse(edit()), EDITOR)).id;
    const { snapshot } = (await getRecordForEditing(ENTRY, "linked-memorial"))!;
    expect(snapshot.relations).toEqual([
      { type: "comparable_to", target: "rzhev-memorial", note: { en: "", ru: "" }, source: null },
      {
        type: "commemorates",
        target: "battles-of-rzhev",
        note: { en: "The dead of the Rzhev battles", ru: "" },
        source: "tass-rzhev-liberation-80",
      },
      { type: "located_at", target: "rzhev", note: { en: "", ru: "" }, source: null },
    ]);
    const created = await db.source.findFirstOrThrow({ where: { title: NEW_SOURCE.title } });
    expect(created).toMatchObject({ url: NEW_SOURCE.url, publisher: "Town archive", accessedOn: "2024-05-01" });
    expect(created.key).toMatch(/^town-archive-memorial-file-[0-9a-f]{8}$/);
    expect(snapshot.citations).toEqual([
      { source: created.key, field: "date", note: { en: "Opening ceremony", ru: "" } },
      { source: "tass-rzhev-liberation-80", field: "title", note: { en: "", ru: "" } },
    ]);
  });

  it("shows them on the public page once published: links by type both ways, sources by field", async () => {
    await changeRecordStatus(ENTRY, { id: id, expectedVersion: 1, to: "in_review", actor: EDITOR });
    await changeRecordStatus(ENTRY, { id: id, expectedVersion: 2, to: "published", actor: CURATOR });
    const page = (await getPublishedEntry({ slug: "linked-memorial", locale: "en" }))!;
    expect(page.relations.map((r) => [r.type, r.direction, r.entry.slug, r.source?.key ?? null]).sort()).toEqual([
      ["commemorates", "outgoing", "battles-of-rzhev", "tass-rzhev-liberation-80"],
      ["comparable_to", "outgoing", "rzhev-memorial", null],
      ["located_at", "outgoing", "rzhev", null],
    ]);
    expect(page.sources.find((s) => s.title === NEW_SOURCE.title)).toMatchObject({
      fields: ["date"],
      notes: [{ text: "Opening ceremony", locale: "en", isFallback: false }],
      url: NEW_SOURCE.url,
    });
    const battles = (await getPublishedEntry({ slug: "battles-of-rzhev", locale: "en" }))!;
    expect(battles.relations).toContainEqual(
      expect.objectContaining({ type: "commemorates", direction: "incoming", entry: expect.objectContaining({ slug: "linked-memorial" }) }),
    );
    const rzhev = (await getPublishedEntry({ slug: "rzhev-memorial", locale: "en" }))!;
    expect(rzhev.relations).toContainEqual(
      expect.objectContaining({
        type: "comparable_to",
        direction: "outgoing",
        entry: expect.objectContaining({ slug: "linked-memorial" }),
      }),
    );
  });

  it("edits, adds and removes links in place, keeping the unchanged rows", async () => {
    const before = await db.entryRelation.findFirstOrThrow({ where: { fromId: id, type: "located_at" }, select: { id: true } });
    await updateRecord(ENTRY, {
      id: id,
      expectedVersion: 3,
      actor: CURATOR,
      edit: entryEditSchema.parse(
        edit({
          relations: [
            { type: "commemorates", target: "battles-of-rzhev", note: { en: "A new note", ru: "" }, source: "" },
            { type: "located_at", target: "rzhev", note: { en: "", ru: "" }, source: "" },
            {
              type: "part_of",
              target: "victory-park-poklonnaya-gora",
              note: { en: "", ru: "" },
              source: "wiki-museum-great-patriotic-war",
            },
          ],
          citations: [{ source: "tass-rzhev-liberation-80", field: "title", note: { en: "", ru: "" } }],
        }),
      ),
    });
    const { snapshot } = (await getRecordForEditing(ENTRY, "linked-memorial"))!;
    expect(snapshot.relations).toEqual([
      { type: "commemorates", target: "battles-of-rzhev", note: { en: "A new note", ru: "" }, source: null },
      { type: "located_at", target: "rzhev", note: { en: "", ru: "" }, source: null },
      { type: "part_of", target: "victory-park-poklonnaya-gora", note: { en: "", ru: "" }, source: "wiki-museum-great-patriotic-war" },
    ]);
    expect(await db.entryRelation.findFirst({ where: { fromId: id, type: "located_at" }, select: { id: true } })).toEqual(before);
    expect(snapshot.citations).toEqual([{ source: "tass-rzhev-liberation-80", field: "title", note: { en: "", ru: "" } }]);
    // The source is no longer cited by this entry, but it stays, to be cited again.
    expect(await db.source.count({ where: { title: NEW_SOURCE.title } })).toBe(1);
    // And a source still cited elsewhere was never at risk.
    expect(await db.citation.count({ where: { source: { key: "tass-rzhev-liberation-80" }, NOT: { entryId: id } } })).toBeGreaterThan(0);
  });

  it("refuses a link to an entry that does not exist, or an unknown source, naming the row, and changes nothing", async () => {
    const attempt = (overrides: Partial<EntryEditInput>) =>
      updateRecord(ENTRY, { id: id, expectedVersion: 4, actor: CURATOR, edit: entryEditSchema.parse(edit(overrides)) }).catch(
        (e: unknown) => e,
      );
    const unknownEntry = await attempt({
      relations: [
        { type: "commemorates", target: "battles-of-rzhev", note: { en: "", ru: "" }, source: "" },
        { type: "part_of", target: "no-such-entry", note: { en: "", ru: "" }, source: "" },
      ],
    });
    expect(unknownEntry).toBeInstanceOf(AppError);
    expect(unknownEntry).toMatchObject({ field: "relations.1.target", code: "NOT_FOUND" });
    const unknownSource = await attempt({ citations: [{ source: "no-such-source", field: "date", note: { en: "", ru: "" } }] });
    expect(unknownSource).toMatchObject({ field: "citations.0.source", code: "NOT_FOUND" });
    const unknownLinkSource = await attempt({
      relations: [{ type: "part_of", target: "rzhev", note: { en: "", ru: "" }, source: "no-such-source" }],
    });
    expect(unknownLinkSource).toMatchObject({ field: "relations.0.source" });
    expect((await db.entry.findUniqueOrThrow({ where: { id }, select: { version: true } })).version).toBe(4);
    expect((await getRecordForEditing(ENTRY, "linked-memorial"))!.snapshot.relations).toHaveLength(3);
  });

  it("leaves links other entries make to this one alone, and lists them for the editor", async () => {
    const battlesId = await entryId("battles-of-rzhev");
    const battles = (await getRecordForEditing(ENTRY, "battles-of-rzhev"))!;
    const incoming = (await listIncomingRelations(battlesId, "en")).items;
    expect(incoming).toContainEqual({
      type: "commemorates",
      from: { slug: "linked-memorial", title: "Linked memorial" },
      note: { text: "A new note", locale: "en", isFallback: false },
    });
    expect(incoming).toContainEqual(
      expect.objectContaining({ type: "part_of", from: expect.objectContaining({ slug: "operation-mars" }) }),
    );
    // Saving Battles of Rzhev with no links of its own removes none of those.
    const count = await db.entryRelation.count({ where: { toId: battlesId } });
    await updateRecord(ENTRY, {
      id: battlesId,
      expectedVersion: battles.version,
      actor: CURATOR,
      edit: entryEditSchema.parse({
        ...battles.snapshot,
        relations: [],
        citations: battles.snapshot.citations,
        translations: { en: { ...text, ...battles.snapshot.translations.en }, ru: { ...text, ...battles.snapshot.translations.ru } },
      }),
    });
    expect(await db.entryRelation.count({ where: { toId: battlesId } })).toBe(count);
  });

  it("edits a symmetric link from the other end without making a second row", async () => {
    const mamayev = (await getRecordForEditing(ENTRY, "mamayev-kurgan"))!;
    const stored = await db.entryRelation.findFirstOrThrow({
      where: { type: "comparable_to", from: { slug: "rzhev-memorial" }, to: { slug: "mamayev-kurgan" } },
    });
    expect(mamayev.snapshot.relations).toContainEqual({
      type: "comparable_to",
      target: "rzhev-memorial",
      note: { en: stored.noteEn, ru: stored.noteRu },
      source: "news-rzhev-installation-2020",
    });
    const relations = mamayev.snapshot.relations.map((r) =>
      r.target === "rzhev-memorial" ? { ...r, note: { en: "Compared in January 2020.", ru: "" } } : r,
    );
    await updateRecord(ENTRY, {
      id: mamayev.id,
      expectedVersion: mamayev.version,
      actor: CURATOR,
      edit: entryEditSchema.parse({
        ...mamayev.snapshot,
        relations,
        translations: { en: { ...text, ...mamayev.snapshot.translations.en }, ru: { ...text, ...mamayev.snapshot.translations.ru } },
      }),
    });
    const rows = await db.entryRelation.findMany({
      where: {
        type: "comparable_to",
        OR: [
          { fromId: stored.fromId, toId: stored.toId },
          { fromId: stored.toId, toId: stored.fromId },
        ],
      },
    });
    expect(rows).toEqual([{ ...stored, noteEn: "Compared in January 2020.", noteRu: "" }]);
  });

  it("an API client that sends no relations or citations keeps them, and comparableTo still sets comparable links", async () => {
    const current = (await getRecordForEditing(ENTRY, "linked-memorial"))!;
    await updateRecord(ENTRY, {
      id: id,
      expectedVersion: current.version,
      actor: CURATOR,
      edit: entryEditSchema.parse({ ...edit(), relations: undefined, citations: undefined, comparableTo: ["khatyn-memorial"] }),
    });
    const { snapshot } = (await getRecordForEditing(ENTRY, "linked-memorial"))!;
    expect(snapshot.relations.map((r) => `${r.type} ${r.target}`)).toEqual([
      "comparable_to khatyn-memorial",
      "commemorates battles-of-rzhev",
      "located_at rzhev",
      "part_of victory-park-poklonnaya-gora",
    ]);
    expect(snapshot.citations).toEqual(current.snapshot.citations);
  });
});

describe("revisions of links and sources", () => {
  it("a refused stale save shows the links and sources saved meanwhile", async () => {
    const current = (await getRecordForEditing(ENTRY, "linked-memorial"))!;
    const stale = await updateRecord(ENTRY, {
      id: current.id,
      expectedVersion: current.version - 1,
      actor: CURATOR,
      edit: entryEditSchema.parse(edit()),
    }).catch((e: unknown) => e);
    expect(stale).toMatchObject({ code: "EDIT_CONFLICT" });
    const shown = diffSnapshots(null, snapshotForDiff((stale as InstanceType<typeof AppError<EntrySnapshot>>).conflict!.current));
    expect(shown).toContainEqual({
      field: "relations.part_of",
      before: "",
      after: "victory-park-poklonnaya-gora [wiki-museum-great-patriotic-war]",
    });
    expect(shown).toContainEqual({ field: "sources.title", before: "", after: "tass-rzhev-liberation-80" });
  });

  it("diffs them readably and restores them", async () => {
    const id = await entryId("linked-memorial");
    const revisions = await listRecordRevisions(ENTRY, id);
    const first = revisions.find((r) => r.version === 1)!;
    const edited = revisions.find((r) => r.version === 4)!;
    const changes = diffSnapshots(snapshotForDiff(first.snapshot), snapshotForDiff(edited.snapshot));
    const newKey = (await db.source.findFirstOrThrow({ where: { title: NEW_SOURCE.title } })).key;
    expect(changes).toEqual(
      expect.arrayContaining([
        {
          field: "relations.commemorates",
          before: "battles-of-rzhev — en: The dead of the Rzhev battles [tass-rzhev-liberation-80]",
          after: "battles-of-rzhev — en: A new note",
        },
        { field: "relations.comparable_to", before: "rzhev-memorial", after: "" },
        { field: "relations.part_of", before: "", after: "victory-park-poklonnaya-gora [wiki-museum-great-patriotic-war]" },
        { field: "sources.date", before: `${newKey} — en: Opening ceremony`, after: "" },
      ]),
    );

    const current = (await getRecordForEditing(ENTRY, "linked-memorial"))!;
    await restoreRecordRevision(ENTRY, { id: id, version: 1, expectedVersion: current.version, actor: CURATOR });
    const restored = (await getRecordForEditing(ENTRY, "linked-memorial"))!.snapshot;
    expect({ relations: restored.relations, citations: restored.citations }).toEqual({
      relations: (first.snapshot as typeof restored).relations,
      citations: (first.snapshot as typeof restored).citations,
    });
  });

  it("reads a revision saved before links and sources were recorded, and restores only its comparable links", async () => {
    const id = await entryId("linked-memorial");
    const now = (await getRecordForEditing(ENTRY, "linked-memorial"))!;
    const { relations, citations, ...rest } = now.snapshot;
    await db.revision.create({
      data: {
        entryId: id,
        version: 0,
        action: "update",
        snapshot: JSON.stringify({ ...rest, comparableTo: ["khatyn-memorial", "deleted-since"] }),
      },
    });
    const legacy = (await listRecordRevisions(ENTRY, id)).find((r) => r.version === 0)!;
    expect(diffSnapshots(snapshotForDiff(legacy.snapshot), snapshotForDiff(now.snapshot))).toEqual(
      expect.arrayContaining([{ field: "relations.comparable_to", before: "khatyn-memorial, deleted-since", after: "rzhev-memorial" }]),
    );

    await restoreRecordRevision(ENTRY, { id: id, version: 0, expectedVersion: now.version, actor: CURATOR });
    const after = (await getRecordForEditing(ENTRY, "linked-memorial"))!.snapshot;
    // Comparable links as the old revision had them (less the entry that no longer exists)…
    expect(after.relations.filter((r) => r.type === "comparable_to").map((r) => r.target)).toEqual(["khatyn-memorial"]);
    // …while the links and citations it never recorded stay as they were.
    expect(after.relations.filter((r) => r.type !== "comparable_to")).toEqual(relations.filter((r) => r.type !== "comparable_to"));
    expect(after.citations).toEqual(citations);
  });

  it("keeps the seed's links in the first revision of a seeded entry, so restoring it does not drop them", async () => {
    const mars = (await getRecordForEditing(ENTRY, "operation-mars"))!;
    expect(mars.snapshot.relations).toContainEqual({
      type: "part_of",
      target: "battles-of-rzhev",
      note: { en: "One of the offensives of the battles of Rzhev.", ru: "Одна из наступательных операций Ржевской битвы." },
      source: "wiki-operation-mars",
    });
    const [first] = await listRecordRevisions(ENTRY, mars.id);
    expect(first!.snapshot).toEqual(mars.snapshot);
  });

  it("gives the other entry of a symmetric link a new version and a revision, so a stale save of it is refused", async () => {
    const partner = await createEntryDraft(
      entryEditSchema.parse(edit({ slug: "symmetric-partner", relations: [], citations: [] })),
      EDITOR,
    );
    const partnerEdit = entryEditSchema.parse(edit({ slug: "symmetric-partner", relations: [], citations: [] }));
    const linker = await createEntryDraft(
      entryEditSchema.parse(
        edit({
          slug: "symmetric-linker",
          relations: [{ type: "comparable_to", target: "symmetric-partner", note: { en: "", ru: "" }, source: "" }],
          citations: [],
        }),
      ),
      EDITOR,
    );
    const revisions = await listRecordRevisions(ENTRY, partner.id);
    expect(revisions.map((r) => [r.version, r.action])).toEqual([
      [2, "update"],
      [1, "create"],
    ]);
    expect(revisions[0]!.snapshot).toMatchObject({ relations: [{ type: "comparable_to", target: "symmetric-linker" }] });
    // Someone who opened the partner at version 1 and saves it without the link would silently undo it.
    await expect(updateRecord(ENTRY, { id: partner.id, expectedVersion: 1, edit: partnerEdit, actor: EDITOR })).rejects.toMatchObject({
      code: "EDIT_CONFLICT",
    });
    // Removing the link from the linker's side is recorded on the partner too.
    await updateRecord(ENTRY, {
      id: linker.id,
      expectedVersion: 1,
      edit: entryEditSchema.parse(edit({ slug: "symmetric-linker", relations: [], citations: [] })),
      actor: EDITOR,
    });
    expect((await listRecordRevisions(ENTRY, partner.id))[0]).toMatchObject({ version: 3, snapshot: { relations: [] } });
  });
});
