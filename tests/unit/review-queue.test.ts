import { beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { problemFromError } from "@/lib/errors/problem-from-error";
import { articleEditSchema } from "@/lib/validation/article-edit";
import { entryEditSchema } from "@/lib/validation/entry-edit";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { createEntryDraft } = await import("@/lib/data/entries/create-entry-draft");
const { ENTRY } = await import("@/lib/data/entries/entry-record");
const { ARTICLE } = await import("@/lib/data/articles/article-record");
const { changeRecordStatus } = await import("@/lib/data/publishing/change-record-status");
const { listReviewQueue } = await import("@/lib/data/review/list-review-queue");
const FIRST_PAGE = { page: 1, size: 50 };
const { countReviewQueue } = await import("@/lib/data/review/count-review-queue");
const { decideReviewItem } = await import("@/lib/data/review/decide-review-item");
const { createArticleDraft } = await import("@/lib/data/articles/create-article-draft");
const { listSubmissionOutcomes } = await import("@/lib/data/review/list-submission-outcomes");
const { db } = await import("@/lib/db");

const EDITOR: StaffUser = { id: "editor-1", email: "editor@example.org", name: "Edith Editor", role: "editor" };
const OTHER_EDITOR: StaffUser = { id: "editor-2", email: "other@example.org", name: "Oscar Other", role: "editor" };
const CURATOR: StaffUser = { id: "curator-1", email: "curator@example.org", name: "Cora Curator", role: "curator" };
const text = { aliases: "", summary: "", description: "", placeName: "", locationNote: "", authors: "", dimensions: "" };

async function draft(slug: string, title: string, author: StaffUser): Promise<string> {
  const edit = entryEditSchema.parse({
    slug,
    kind: "memorial",
    latitude: "",
    longitude: "",
    date: "",
    translations: { en: { ...text, title }, ru: { ...text, title: `${title} (ru)` } },
    comparableTo: [],
  });
  return (await createEntryDraft(edit, author)).id;
}

async function articleDraft(slug: string, title: string, author: StaffUser): Promise<string> {
  const edit = articleEditSchema.parse({ slug, language: "en", translations: { en: { title }, ru: { title: `${title} (ru)` } } });
  return (await createArticleDraft(edit, author)).id;
}

async function version(entryId: string): Promise<number> {
  return (await db.entry.findUniqueOrThrow({ where: { id: entryId }, select: { version: true } })).version;
}

async function articleState(articleId: string): Promise<{ status: string; version: number }> {
  return db.article.findUniqueOrThrow({ where: { id: articleId }, select: { status: true, version: true } });
}

async function move(entryId: string, to: "in_review" | "published" | "draft", actor: StaffUser): Promise<void> {
  await changeRecordStatus(ENTRY, { id: entryId, expectedVersion: await version(entryId), to, actor });
}

async function submitArticle(articleId: string, actor: StaffUser): Promise<void> {
  await changeRecordStatus(ARTICLE, { id: articleId, expectedVersion: (await articleState(articleId)).version, to: "in_review", actor });
}

async function decideArticle(articleId: string, to: "published" | "draft", actor: StaffUser) {
  return decideReviewItem({ type: "article", id: articleId, expectedVersion: (await articleState(articleId)).version, to, actor });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
  await pause(20);
  for (const key of ["newer", "published", "returned", "withdrawn"]) {
    await move(ids[key]!, "in_review", EDITOR);
    // Distinct submission times, so "newest first" has one answer.
    await pause(5);
  }
  // Saved before article revisions were kept: nobody is recorded as having sent it.
  await db.article.create({
    data: { slug: "article-in-review", status: "in_review", translations: { create: { locale: "en", title: "An article in review" } } },
  });
  await pause(5);
  ids.articleWaiting = await articleDraft("article-waiting", "Article waiting", EDITOR);
  ids.articlePublished = await articleDraft("article-published", "Article published", EDITOR);
  ids.articleReturned = await articleDraft("article-returned", "Article returned", EDITOR);
  ids.articleByOther = await articleDraft("article-by-other", "Article by another editor", OTHER_EDITOR);
  for (const key of ["articleWaiting", "articlePublished", "articleReturned"]) {
    await submitArticle(ids[key]!, EDITOR);
    await pause(5);
  }
  await submitArticle(ids.articleByOther!, OTHER_EDITOR);
  await move(ids.published!, "published", CURATOR);
  await move(ids.returned!, "draft", CURATOR);
  await move(ids.withdrawn!, "draft", EDITOR);
  expect(await decideArticle(ids.articlePublished!, "published", CURATOR)).toBe("published");
  expect(await decideArticle(ids.articleReturned!, "draft", CURATOR)).toBe("returned");
});

describe("the review queue", () => {
  it("lists entries and articles in review, oldest submission first, with who sent them and when", async () => {
    const queue = (await listReviewQueue({ locale: "en", page: FIRST_PAGE })).items;
    const entries = queue.filter((item) => item.type === "entry");
    expect(entries.map((item) => item.slug)).toEqual(["older-submission", "newer-submission"]);
    expect(entries[0]).toMatchObject({
      title: "Older submission",
      kind: "memorial",
      submittedBy: { name: "Oscar Other", email: OTHER_EDITOR.email },
    });
    expect(entries[0]!.submittedAt.getTime()).toBeLessThan(entries[1]!.submittedAt.getTime());
    expect(entries[1]!.version).toBe(await version(ids.newer!));
    expect(queue.find((item) => item.slug === "article-in-review")).toMatchObject({
      type: "article",
      title: "An article in review",
      kind: null,
      submittedBy: null,
    });
    expect(queue.map((item) => item.submittedAt.getTime())).toEqual(
      [...queue.map((item) => item.submittedAt.getTime())].sort((a, b) => a - b),
    );
  });

  it("says who sent an article and when, from its history, with the version a decision must be based on", async () => {
    const queue = (await listReviewQueue({ locale: "en", page: FIRST_PAGE })).items;
    expect(queue.filter((item) => item.type === "article").map((item) => item.slug)).toEqual([
      "article-in-review",
      "article-waiting",
      "article-by-other",
    ]);
    const waiting = queue.find((item) => item.slug === "article-waiting")!;
    expect(waiting).toMatchObject({
      title: "Article waiting",
      kind: null,
      version: (await articleState(ids.articleWaiting!)).version,
      submittedBy: { name: "Edith Editor", email: EDITOR.email },
    });
    const submission = await db.articleRevision.findFirstOrThrow({
      where: { articleId: ids.articleWaiting!, action: "status" },
      select: { createdAt: true },
    });
    expect(waiting.submittedAt).toEqual(submission.createdAt);
    expect(queue.find((item) => item.slug === "article-by-other")?.submittedBy).toEqual({ name: "Oscar Other", email: OTHER_EDITOR.email });
  });

  it("titles items in the reader's language", async () => {
    expect((await listReviewQueue({ locale: "ru", page: FIRST_PAGE })).items.find((item) => item.slug === "older-submission")?.title).toBe(
      "Older submission (ru)",
    );
  });

  it("counts what waits, for the navigation", async () => {
    // Two entries and three articles.
    expect(await countReviewQueue()).toBe(5);
  });
});

describe("what became of an editor's submissions", () => {
  it("says, newest first, which were published, sent back, withdrawn or still waiting, and by whom", async () => {
    const outcomes = await listSubmissionOutcomes({ authorId: EDITOR.id, locale: "en" });
    expect(outcomes.map((o) => [o.type, o.slug, o.outcome, o.decidedBy])).toEqual([
      ["article", "article-returned", "returned", CURATOR.email],
      ["article", "article-published", "published", CURATOR.email],
      ["article", "article-waiting", "waiting", null],
      ["entry", "to-be-withdrawn", "withdrawn", EDITOR.email],
      ["entry", "to-be-returned", "returned", CURATOR.email],
      ["entry", "to-be-published", "published", CURATOR.email],
      ["entry", "newer-submission", "waiting", null],
    ]);
    expect(outcomes.find((o) => o.slug === "article-published")).toMatchObject({ id: ids.articlePublished, title: "Article published" });
    expect(outcomes.find((o) => o.outcome === "published")?.decidedAt).toBeInstanceOf(Date);
  });

  it("shows nothing of other people's submissions", async () => {
    expect((await listSubmissionOutcomes({ authorId: OTHER_EDITOR.id, locale: "en" })).map((o) => o.slug)).toEqual([
      "article-by-other",
      "older-submission",
    ]);
    expect(await listSubmissionOutcomes({ authorId: CURATOR.id, locale: "en" })).toEqual([]);
  });

  it("names articles in the reader's language and keeps to the limit", async () => {
    expect((await listSubmissionOutcomes({ authorId: EDITOR.id, locale: "ru" })).find((o) => o.slug === "article-waiting")?.title).toBe(
      "Article waiting (ru)",
    );
    expect((await listSubmissionOutcomes({ authorId: EDITOR.id, locale: "en", limit: 2 })).map((o) => o.slug)).toEqual([
      "article-returned",
      "article-published",
    ]);
  });
});

describe("a decision from the queue", () => {
  it("is refused to an editor, to publish or to send back, and changes nothing", async () => {
    const before = await articleState(ids.articleWaiting!);
    for (const to of ["published", "draft"] as const) {
      await expect(
        decideReviewItem({ type: "article", id: ids.articleWaiting!, expectedVersion: before.version, to, actor: EDITOR }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        decideReviewItem({ type: "entry", id: ids.newer!, expectedVersion: await version(ids.newer!), to, actor: EDITOR }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await articleState(ids.articleWaiting!)).toEqual(before);
    expect((await listReviewQueue({ locale: "en", page: FIRST_PAGE })).items.map((item) => item.slug)).toContain("newer-submission");
  });

  it("on a version someone changed meanwhile is stale and changes nothing", async () => {
    const before = await articleState(ids.articleWaiting!);
    const revisions = await db.articleRevision.count({ where: { articleId: ids.articleWaiting! } });
    expect(
      await decideReviewItem({
        type: "article",
        id: ids.articleWaiting!,
        expectedVersion: before.version - 1,
        to: "published",
        actor: CURATOR,
      }),
    ).toBe("stale");
    expect(await articleState(ids.articleWaiting!)).toEqual(before);
    expect(await db.articleRevision.count({ where: { articleId: ids.articleWaiting! } })).toBe(revisions);
    const entryVersion = await version(ids.newer!);
    expect(await decideReviewItem({ type: "entry", id: ids.newer!, expectedVersion: entryVersion - 1, to: "draft", actor: CURATOR })).toBe(
      "stale",
    );
    expect(await version(ids.newer!)).toBe(entryVersion);
  });

  it("publishes an article through its own status change, recorded as the curator's", async () => {
    const { version: current } = await articleState(ids.articleByOther!);
    expect(
      await decideReviewItem({ type: "article", id: ids.articleByOther!, expectedVersion: current, to: "published", actor: CURATOR }),
    ).toBe("published");
    expect(await articleState(ids.articleByOther!)).toEqual({ status: "published", version: current + 1 });
    const outcome = (await listSubmissionOutcomes({ authorId: OTHER_EDITOR.id, locale: "en" })).find((o) => o.slug === "article-by-other");
    expect(outcome).toMatchObject({ outcome: "published", decidedBy: CURATOR.email });
    expect(await db.auditEvent.count({ where: { targetId: ids.articleByOther!, action: "article.status.published" } })).toBe(1);
  });
});

describe("the edit conflict problem document", () => {
  it("is a 409 problem carrying the record as it is now", async () => {
    const response = problemFromError(
      new AppError("EDIT_CONFLICT", "Someone else saved this.", { conflict: { currentVersion: 7, current: { slug: "x" } } }),
    );
    expect(response.status).toBe(409);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: "about:blank",
      title: "Edit conflict",
      status: 409,
      detail: "Someone else saved this.",
      currentVersion: 7,
      current: { slug: "x" },
    });
  });
});
