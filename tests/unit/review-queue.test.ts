import { beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/current-user";
import { entryEditSchema } from "@/lib/validation/entry-edit";
import { useTestDatabase } from "./test-database";

useTestDatabase();
const { createEntryDraft } = await import("@/lib/data/entries/save-entry");
const { changeEntryStatus } = await import("@/lib/data/entries/change-entry-status");
const { listReviewQueue } = await import("@/lib/data/review/list-review-queue");
const { countReviewQueue } = await import("@/lib/data/review/count-review-queue");
const { listSubmissionOutcomes } = await import("@/lib/data/review/list-submission-outcomes");
const { db } = await import("@/lib/db");

const EDITOR: StaffUser = { id: "editor-1", email: "editor@example.org", name: "Edith Editor", role: "editor" };
const OTHER_EDITOR: StaffUser = { id: "editor-2", email: "other@example.org", name: "Oscar Other", role: "editor" };
const CURATOR: StaffUser = { id: "curator-1", email: "curator@example.org", name: "Cora Curator", role: "curator" };
const text = { aliases: "", summary: "", description: "", placeName: "", locationNote: "", authors: "", dimensions: "" };

async function draft(slug: string, title: string, author: StaffUser): Promise<string> {
  const edit = entryEditSchema.parse({ slug, kind: "memorial", latitude: "", longitude: "", date: "", translations: { en: { ...text, title }, ru: { ...text, title: `${title} (ru)` } }, comparableTo: [] });
  return (await createEntryDraft(edit, author)).id;
}

async function version(entryId: string): Promise<number> {
  return (await db.entry.findUniqueOrThrow({ where: { id: entryId }, select: { version: true } })).version;
}

async function move(entryId: string, to: "in_review" | "published" | "draft", actor: StaffUser): Promise<void> {
  await changeEntryStatus({ entryId, expectedVersion: await version(entryId), to, actor });
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  for (const user of [EDITOR, OTHER_EDITOR, CURATOR]) {
    await db.user.create({ data: { id: user.id, email: user.email, name: user.name, role: user.role } });
  }
  ids.older = await draft("older-submission", "Older submission", OTHER_EDITOR);
  ids.newer = await draft("newer-submission", "Newer submission", EDITOR);
  ids.published = await draft("to-be-published", "To be published", EDITOR);
  ids.returned = await draft("to-be-returned", "To be returned", EDITOR);
  ids.withdrawn = await draft("to-be-withdrawn", "To be withdrawn", EDITOR);
  ids.neverSent = await draft("never-sent", "Never sent", EDITOR);
  await move(ids.older, "in_review", OTHER_EDITOR);
  await new Promise((resolve) => setTimeout(resolve, 20));
  for (const key of ["newer", "published", "returned", "withdrawn"]) {
    await move(ids[key]!, "in_review", EDITOR);
    // Distinct submission times, so "newest first" has one answer.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await db.article.create({ data: { slug: "article-in-review", status: "in_review", translations: { create: { locale: "en", title: "An article in review" } } } });
  await move(ids.published!, "published", CURATOR);
  await move(ids.returned!, "draft", CURATOR);
  await move(ids.withdrawn!, "draft", EDITOR);
});

describe("the review queue", () => {
  it("lists entries and articles in review, oldest submission first, with who sent them and when", async () => {
    const queue = await listReviewQueue({ locale: "en" });
    const entries = queue.filter((item) => item.type === "entry");
    expect(entries.map((item) => item.slug)).toEqual(["older-submission", "newer-submission"]);
    expect(entries[0]).toMatchObject({ title: "Older submission", kind: "memorial", submittedBy: { name: "Oscar Other", email: OTHER_EDITOR.email } });
    expect(entries[0]!.submittedAt.getTime()).toBeLessThan(entries[1]!.submittedAt.getTime());
    expect(entries[1]!.version).toBe(await version(ids.newer!));
    expect(queue.find((item) => item.type === "article")).toMatchObject({ slug: "article-in-review", title: "An article in review", kind: null, submittedBy: null });
    expect(queue.map((item) => item.submittedAt.getTime())).toEqual([...queue.map((item) => item.submittedAt.getTime())].sort((a, b) => a - b));
  });

  it("titles items in the reader's language", async () => {
    expect((await listReviewQueue({ locale: "ru" })).find((item) => item.slug === "older-submission")?.title).toBe("Older submission (ru)");
  });

  it("counts what waits, for the navigation", async () => {
    expect(await countReviewQueue()).toBe(3);
  });
});

describe("what became of an editor's submissions", () => {
  it("says, newest first, which were published, sent back, withdrawn or still waiting, and by whom", async () => {
    const outcomes = await listSubmissionOutcomes({ authorId: EDITOR.id, locale: "en" });
    expect(outcomes.map((o) => [o.slug, o.outcome, o.decidedBy])).toEqual([
      ["to-be-withdrawn", "withdrawn", EDITOR.email],
      ["to-be-returned", "returned", CURATOR.email],
      ["to-be-published", "published", CURATOR.email],
      ["newer-submission", "waiting", null],
    ]);
    expect(outcomes.find((o) => o.outcome === "published")?.decidedAt).toBeInstanceOf(Date);
  });

  it("shows nothing of other people's submissions", async () => {
    expect((await listSubmissionOutcomes({ authorId: OTHER_EDITOR.id, locale: "en" })).map((o) => o.slug)).toEqual(["older-submission"]);
    expect(await listSubmissionOutcomes({ authorId: CURATOR.id, locale: "en" })).toEqual([]);
  });
});
