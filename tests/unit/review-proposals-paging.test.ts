import { beforeAll, describe, expect, it, vi } from "vitest";
import { entryEditSchema } from "@/lib/validation/entry-edit";
import { CURATOR, EDITOR, entryEdit } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { createEntryDraft } = await import("@/lib/data/entries/create-entry-draft");
const { ENTRY } = await import("@/lib/data/entries/entry-record");
const { changeRecordStatus } = await import("@/lib/data/publishing/change-record-status");
const { saveRecordEdit } = await import("@/lib/data/publishing/save-record-edit");
const { listPendingRevisions } = await import("@/lib/data/review/list-pending-revisions");

const PROPOSALS = 5;
/** The slugs proposed on, oldest proposal first. */
const proposed: string[] = [];

beforeAll(async () => {
  for (let i = 0; i < PROPOSALS; i++) {
    const slug = `paged-proposal-${i}`;
    const created = await createEntryDraft(entryEditSchema.parse(entryEdit(slug)), CURATOR);
    await changeRecordStatus(ENTRY, { id: created.id, expectedVersion: 1, to: "published", actor: CURATOR });
    const edit = entryEdit(slug);
    await saveRecordEdit(ENTRY, {
      id: created.id,
      expectedVersion: 2,
      edit: entryEditSchema.parse({
        ...edit,
        translations: { ...edit.translations, en: { ...edit.translations.en!, summary: `Proposal ${i}` } },
      }),
      actor: EDITOR,
    });
    proposed.push(slug);
    // Each proposal saved at a later moment than the one before: the queue's order is by last save.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}, 60_000);

describe("the review queue's proposed changes", () => {
  it("come a page at a time, oldest first, with how many wait in all, every proposal on exactly one page", async () => {
    const size = 2;
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(await listPendingRevisions({ locale: "en", page: { page, size } }));
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(pages.map((p) => p.hasNext)).toEqual([true, true, false]);
    expect(pages.map((p) => p.total)).toEqual([PROPOSALS, PROPOSALS, PROPOSALS]);
    expect(pages.flatMap((p) => p.items.map((item) => item.slug))).toEqual(proposed);
    expect(pages[0]!.items[0]).toMatchObject({ type: "entry", title: "Memorial paged-proposal-0", baseVersion: 2, currentVersion: 2 });

    const beyond = await listPendingRevisions({ locale: "en", page: { page: 4, size } });
    expect(beyond).toMatchObject({ items: [], hasNext: false, total: PROPOSALS });
  });

  it("read the live records of the page's proposals only, never of all that wait", async () => {
    const reads = vi.spyOn(ENTRY, "readSnapshot");
    try {
      const page = await listPendingRevisions({ locale: "en", page: { page: 2, size: 2 } });
      expect(page.items.map((item) => item.slug)).toEqual(proposed.slice(2, 4));
      expect(reads).toHaveBeenCalledTimes(2);
    } finally {
      reads.mockRestore();
    }
  });
});
