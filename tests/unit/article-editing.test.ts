import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/current-user";
import type { AppError } from "@/lib/errors/app-error";
import type { ArticleSnapshot } from "@/lib/revisions/article-snapshot";
import { type ArticleEditInput, articleEditSchema } from "@/lib/validation/article-edit";
import { setupTestDatabase } from "./test-database";

// lib/env reads UPLOADS_DIR when it is first imported: set it before any dynamic import below.
const UPLOADS = path.resolve(__dirname, "..", ".tmp", `article-uploads-${randomUUID()}`);
process.env.UPLOADS_DIR = UPLOADS;
setupTestDatabase();

const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createArticle } = await import("@/lib/data/articles/create-article");
const { createArticleDraft } = await import("@/lib/data/articles/create-article-draft");
const { ARTICLE } = await import("@/lib/data/articles/article-record");
const { updateRecord } = await import("@/lib/data/publishing/update-record");
const { changeRecordStatus } = await import("@/lib/data/publishing/change-record-status");
const { deleteRecord } = await import("@/lib/data/publishing/delete-record");
const { restoreRecordRevision } = await import("@/lib/data/publishing/restore-record-revision");
const { getRecordForEditing } = await import("@/lib/data/publishing/get-record-for-editing");
const { listRecordRevisions } = await import("@/lib/data/publishing/list-record-revisions");
const { listArticlesForStaff } = await import("@/lib/data/articles/list-articles-for-staff");
const { getPublishedArticle } = await import("@/lib/data/articles/get-published-article");
const { getPublishedEntry } = await import("@/lib/data/entries/get-published-entry");
const { searchCollection } = await import("@/lib/data/search/search-collection");
const { allowedMoves } = await import("@/lib/content/publication-moves");
const { diffSnapshots } = await import("@/lib/revisions/diff-snapshots");
const { db } = await import("@/lib/db");

const EDITOR: StaffUser = { id: "editor-1", email: "editor@example.org", name: "Editor", role: "editor" };
const CURATOR: StaffUser = { id: "curator-1", email: "curator@example.org", name: "Curator", role: "curator" };
const EMPTY = { title: "", excerpt: "", body: "" };

function form(overrides: Partial<ArticleEditInput> = {}): ArticleEditInput {
  return {
    slug: "new-article",
    publisher: "Tver Gazette",
    originalUrl: "https://example.org/rzhev",
    publishedDate: "2020-06",
    language: "ru",
    translations: {
      en: {
        title: "Zebrafinch opening",
        excerpt: "A short excerpt",
        body: 'Safe text<script>alert("x")</script><img src="x" onerror="alert(1)"><p>Second</p>',
      },
      ru: EMPTY,
    },
    mentions: [{ entrySlug: "rzhev-memorial", note: { en: "The subject", ru: "" } }],
    ...overrides,
  };
}

// Seeding takes a few seconds alone and more on a busy machine: more than the default hook timeout.
beforeAll(async () => {
  await seedReferenceData();
}, 60_000);

afterAll(() => {
  fs.rmSync(UPLOADS, { recursive: true, force: true });
});

describe("the article editor's schema", () => {
  it("reports field errors on bad input", () => {
    const result = articleEditSchema.safeParse(
      form({
        slug: "Bad Slug",
        originalUrl: "javascript:alert(1)",
        publishedDate: "sometime",
        translations: { en: EMPTY, ru: EMPTY },
        mentions: [{ entrySlug: "rzhev-memorial" }, { entrySlug: "rzhev-memorial" }],
      }),
    );
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["slug", "originalUrl", "publishedDate", "translations.en.title", "mentions.1.entrySlug"]),
    );
  });

  it("accepts only http and https addresses and reads empty optional fields as none", () => {
    expect(articleEditSchema.safeParse(form({ originalUrl: "ftp://example.org/a" })).success).toBe(false);
    const parsed = articleEditSchema.parse(form({ originalUrl: "", publisher: "  ", publishedDate: "" }));
    expect(parsed).toMatchObject({ originalUrl: null, publisher: null, publishedDate: null });
  });
});

describe("saving articles", () => {
  let articleId = "";

  it("creates a sanitized draft with its first revision, not yet public", async () => {
    const created = await createArticleDraft(articleEditSchema.parse(form()), EDITOR);
    articleId = created.id;
    const row = await db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { status: true, version: true, language: true, translations: { select: { locale: true, bodyHtml: true } } },
    });
    expect(row).toMatchObject({ status: "draft", version: 1, language: "ru" });
    expect(row.translations.map((t) => t.locale)).toEqual(["en"]);
    const html = row.translations[0]!.bodyHtml;
    expect(html).toContain("Safe text");
    expect(html).toContain("<p>Second</p>");
    expect(html).not.toMatch(/script|onerror|<img/i);
    expect(await getPublishedArticle({ slug: "new-article", locale: "en" })).toBeNull();
    expect((await searchCollection({ query: "Zebrafinch", locale: "en", limit: 5 })).articles).toEqual([]);
    const revisions = await listRecordRevisions(ARTICLE, articleId);
    expect(revisions.map((r) => [r.version, r.action, r.authorEmail])).toEqual([[1, "create", EDITOR.email]]);
    expect(revisions[0]!.snapshot.mentions).toEqual({ "rzhev-memorial": { en: "The subject", ru: "" } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "article.create", targetId: articleId } });
    expect(audit.actorEmail).toBe(EDITOR.email);
  });

  it("lists every article for staff with its title, status and number of mentioned entries", async () => {
    const rows = (await listArticlesForStaff({ locale: "ru", page: { page: 1, size: 50 } })).items;
    expect(rows.find((r) => r.slug === "new-article")).toMatchObject({
      status: "draft",
      title: "Zebrafinch opening",
      titleLocale: "en",
      mentionCount: 1,
      publisher: "Tver Gazette",
    });
    expect((await listArticlesForStaff({ status: "draft", locale: "en", page: { page: 1, size: 50 } })).items.map((r) => r.slug)).toEqual([
      "new-article",
    ]);
  });

  it("moves through review to publication only as each role may", async () => {
    expect(allowedMoves("editor", "draft")).toEqual(["in_review"]);
    expect(allowedMoves("curator", "in_review")).toEqual(["draft", "published"]);
    await expect(changeRecordStatus(ARTICLE, { id: articleId, expectedVersion: 1, to: "published", actor: EDITOR })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await changeRecordStatus(ARTICLE, { id: articleId, expectedVersion: 1, to: "in_review", actor: EDITOR });
    await expect(changeRecordStatus(ARTICLE, { id: articleId, expectedVersion: 2, to: "published", actor: EDITOR })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await getPublishedArticle({ slug: "new-article", locale: "en" })).toBeNull();
    await changeRecordStatus(ARTICLE, { id: articleId, expectedVersion: 2, to: "published", actor: CURATOR });
    expect((await getPublishedArticle({ slug: "new-article", locale: "en" }))!.text.title).toBe("Zebrafinch opening");
    const rzhev = await getPublishedEntry({ slug: "rzhev-memorial", locale: "en" });
    expect(rzhev!.articles.map((a) => a.slug)).toContain("new-article");
    expect((await searchCollection({ query: "Zebrafinch", locale: "en", limit: 5 })).articles.map((a) => a.slug)).toContain("new-article");
    const revisions = await listRecordRevisions(ARTICLE, articleId);
    expect(revisions.map((r) => [r.version, r.action])).toEqual([
      [3, "status"],
      [2, "status"],
      [1, "create"],
    ]);
  });

  it("refuses a save based on an old version, changing nothing", async () => {
    await updateRecord(ARTICLE, {
      id: articleId,
      expectedVersion: 3,
      edit: articleEditSchema.parse(form({ translations: { en: { ...EMPTY, title: "First title" }, ru: EMPTY } })),
      actor: CURATOR,
    });
    const stale = updateRecord(ARTICLE, {
      id: articleId,
      expectedVersion: 3,
      edit: articleEditSchema.parse(form({ translations: { en: { ...EMPTY, title: "Second title" }, ru: EMPTY } })),
      actor: CURATOR,
    });
    await expect(stale).rejects.toMatchObject({ code: "EDIT_CONFLICT" });
    const { conflict } = (await stale.catch((e: unknown) => e)) as AppError<ArticleSnapshot>;
    expect(conflict!.currentVersion).toBe(4);
    expect(conflict!.current.translations.en?.title).toBe("First title");
    expect((await getPublishedArticle({ slug: "new-article", locale: "en" }))!.text.title).toBe("First title");
  });

  it("restores an old revision as a new one, and diffs revisions field by field", async () => {
    const before = await listRecordRevisions(ARTICLE, articleId);
    const diff = diffSnapshots(before[1]!.snapshot, before[0]!.snapshot).map((c) => c.field);
    expect(diff).toEqual(["translations.en.bodyHtml", "translations.en.excerpt", "translations.en.title"]);
    const { version } = await restoreRecordRevision(ARTICLE, { id: articleId, version: 1, expectedVersion: 4, actor: CURATOR });
    expect(version).toBe(5);
    const after = await listRecordRevisions(ARTICLE, articleId);
    expect(after[0]).toMatchObject({ version: 5, action: "restore", authorEmail: CURATOR.email });
    expect(after[0]!.snapshot.translations).toEqual(before.at(-1)!.snapshot.translations);
    expect((await getPublishedArticle({ slug: "new-article", locale: "en" }))!.text.title).toBe("Zebrafinch opening");
    // The status is the article's current one, not the old revision's.
    expect((await getRecordForEditing(ARTICLE, "new-article"))!.snapshot.status).toBe("published");
  });

  it("keeps an article's citations and images through an edit", async () => {
    const seeded = (await getRecordForEditing(ARTICLE, "rzhev-memorial-central-figure-installation-begins"))!;
    const citations = await db.citation.count({ where: { articleId: seeded.id } });
    expect(citations).toBeGreaterThan(0);
    const edit = articleEditSchema.parse({
      ...seeded.snapshot,
      translations: { en: { ...seeded.snapshot.translations.en!, body: seeded.snapshot.translations.en!.bodyHtml, title: "Edited title" } },
      mentions: [{ entrySlug: "rzhev-memorial", note: { en: "", ru: "" } }],
    });
    const { version } = await updateRecord(ARTICLE, { id: seeded.id, expectedVersion: seeded.version, edit, actor: CURATOR });
    expect(version).toBe(seeded.version + 1);
    expect(await db.citation.count({ where: { articleId: seeded.id } })).toBe(citations);
    const page = await getPublishedArticle({ slug: seeded.snapshot.slug, locale: "en" });
    expect(page!.text.title).toBe("Edited title");
    expect(page!.sources.length).toBeGreaterThan(0);
    expect(page!.mentions.map((m) => m.slug)).toEqual(["rzhev-memorial"]);
  });

  it("refuses a mention of an entry that does not exist, and a slug already taken", async () => {
    const current = (await getRecordForEditing(ARTICLE, "new-article"))!;
    await expect(
      updateRecord(ARTICLE, {
        id: articleId,
        expectedVersion: current.version,
        edit: articleEditSchema.parse(form({ mentions: [{ entrySlug: "rzhev-memorial" }, { entrySlug: "no-such-entry" }] })),
        actor: CURATOR,
      }),
    ).rejects.toMatchObject({ field: "mentions.1.entrySlug", message: "No entry: no-such-entry" });
    await expect(
      updateRecord(ARTICLE, {
        id: articleId,
        expectedVersion: current.version,
        edit: articleEditSchema.parse(form({ slug: "rzhev-memorial-central-figure-installation-begins" })),
        actor: CURATOR,
      }),
    ).rejects.toMatchObject({ field: "slug", message: expect.stringMatching(/already taken/) });
    expect((await getRecordForEditing(ARTICLE, "new-article"))!.version).toBe(current.version);
  });

  it("records the first revision of an article created through the API's data function", async () => {
    const created = await createArticle(
      { slug: "api-article", translations: { en: { title: "From the API", body: "Plain text" } } },
      CURATOR,
    );
    expect((await listRecordRevisions(ARTICLE, created.id)).map((r) => [r.version, r.action, r.authorEmail])).toEqual([
      [1, "create", CURATOR.email],
    ]);
  });
});

describe("deleting articles", () => {
  it("is for curators only, removes the article with its rows and image files, and keeps its last state in the audit log", async () => {
    const created = await createArticleDraft(articleEditSchema.parse(form({ slug: "to-be-deleted" })), EDITOR);
    const source = await db.source.findFirstOrThrow({ select: { id: true } });
    await db.citation.create({ data: { sourceId: source.id, articleId: created.id, field: "text" } });
    fs.mkdirSync(path.join(UPLOADS, "articles"), { recursive: true });
    const files = ["articles/photo.webp", "articles/photo-thumb.webp"];
    for (const file of files) fs.writeFileSync(path.join(UPLOADS, file), "image");
    await db.media.create({
      data: {
        articleId: created.id,
        filePath: files[0]!,
        thumbPath: files[1]!,
        mimeType: "image/webp",
        credit: "Museum",
        licence: "CC BY 4.0",
      },
    });

    await expect(deleteRecord(ARTICLE, { id: created.id, expectedVersion: 1, actor: EDITOR })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteRecord(ARTICLE, { id: created.id, expectedVersion: 0, actor: CURATOR })).rejects.toMatchObject({
      code: "EDIT_CONFLICT",
    });
    expect(files.every((file) => fs.existsSync(path.join(UPLOADS, file)))).toBe(true);

    await deleteRecord(ARTICLE, { id: created.id, expectedVersion: 1, actor: CURATOR });
    expect(await db.article.findUnique({ where: { id: created.id } })).toBeNull();
    const where = { articleId: created.id };
    const counts = await Promise.all([
      db.articleTranslation.count({ where }),
      db.articleMention.count({ where }),
      db.citation.count({ where }),
      db.articleRevision.count({ where }),
      db.media.count({ where }),
      db.searchDocument.count({ where }),
    ]);
    expect(counts).toEqual([0, 0, 0, 0, 0, 0]);
    expect(files.some((file) => fs.existsSync(path.join(UPLOADS, file)))).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "article.delete", targetId: created.id } });
    expect(audit.actorEmail).toBe(CURATOR.email);
    expect(JSON.parse(audit.detail).snapshot.slug).toBe("to-be-deleted");
  });
});
