import { describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/current-user";
import { articleFormInput, articleFormValues } from "@/lib/forms/article-form";
import { type ArticleEditInput, articleEditSchema } from "@/lib/validation/article-edit";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { createArticleDraft } = await import("@/lib/data/articles/create-article-draft");
const { ARTICLE } = await import("@/lib/data/articles/article-record");
const { updateRecord } = await import("@/lib/data/publishing/update-record");
const { changeRecordStatus } = await import("@/lib/data/publishing/change-record-status");
const { getRecordForEditing } = await import("@/lib/data/publishing/get-record-for-editing");
const { getPublishedArticle } = await import("@/lib/data/articles/get-published-article");

const EDITOR: StaffUser = { id: "editor-1", email: "editor@example.org", name: "Editor", role: "editor" };
const CURATOR: StaffUser = { id: "curator-1", email: "curator@example.org", name: "Curator", role: "curator" };
const HEADLINE = "The final stage of the installation has begun";

function form(overrides: Partial<ArticleEditInput> = {}): ArticleEditInput {
  return {
    slug: "summary-of-a-news-item",
    publisher: "A news site",
    originalTitle: HEADLINE,
    originalUrl: "https://example.org/news/1",
    publishedDate: "",
    language: "en",
    translations: { en: { title: "Our summary", excerpt: "In short", body: "Our own words." }, ru: { title: "", excerpt: "", body: "" } },
    mentions: [],
    ...overrides,
  };
}

describe("an article's original title", () => {
  it("is read from the form, empty meaning none", () => {
    expect(articleEditSchema.parse(form()).originalTitle).toBe(HEADLINE);
    expect(articleEditSchema.parse(form({ originalTitle: "  " })).originalTitle).toBeNull();
  });

  it("is saved, shown to the editor, changed, and published with the article", async () => {
    const { id } = await createArticleDraft(articleEditSchema.parse(form()), EDITOR);
    const saved = (await getRecordForEditing(ARTICLE, "summary-of-a-news-item"))!;
    expect(saved.snapshot.originalTitle).toBe(HEADLINE);
    const values = articleFormValues(saved);
    expect(values.fields.originalTitle).toBe(HEADLINE);
    expect(articleFormInput(values).originalTitle).toBe(HEADLINE);

    const edit = articleEditSchema.parse(form({ originalTitle: "A corrected headline" }));
    const { version } = await updateRecord(ARTICLE, { id: id, expectedVersion: saved.version, edit, actor: EDITOR });
    await changeRecordStatus(ARTICLE, { id: id, expectedVersion: version, to: "published", actor: CURATOR });
    const published = await getPublishedArticle({ slug: "summary-of-a-news-item", locale: "en" });
    expect(published).toMatchObject({ originalTitle: "A corrected headline", originalUrl: "https://example.org/news/1" });
  });
});
