import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { upsertSource } = await import("@/lib/data/sources/upsert-source");
const { createEntry } = await import("@/lib/data/entries/create-entry");
const { createArticle } = await import("@/lib/data/articles/create-article");
const { searchSourceOptions } = await import("@/lib/data/sources/search-source-options");
const { listSourceOptions } = await import("@/lib/data/sources/list-source-options");
const { listSourcesForStaff } = await import("@/lib/data/sources/list-sources-for-staff");
const { listSourceEntries } = await import("@/lib/data/sources/list-source-entries");
const { listSourceArticles } = await import("@/lib/data/sources/list-source-articles");
const { updateSource } = await import("@/lib/data/sources/update-source");
const { getSourceForEditing } = await import("@/lib/data/sources/get-source-for-editing");
const { contentStamp } = await import("@/lib/data/open-data/content-stamp");
const { getPublishedEntry } = await import("@/lib/data/entries/get-published-entry");
const { ENTRY } = await import("@/lib/data/entries/entry-record");
const { getRecordForEditing } = await import("@/lib/data/publishing/get-record-for-editing");
const { db } = await import("@/lib/db");

const EDITOR = { id: "editor-1", email: "editor@example.org", name: "Editor", role: "editor" } as const;
const TEACHER = { id: "teacher-1", email: "teacher@example.org", name: "Teacher", role: "teacher" } as const;
const page = (n = 1, size = 50) => ({ page: n, size });

beforeAll(async () => {
  await upsertSource({
    key: "museum-register",
    title: "State Museum Register",
    url: "https://museum.example.org/register",
    publisher: "State Museum",
  });
  await upsertSource({ key: "museum-bulletin", title: "Museum bulletin no. 4", url: null, publisher: "Городской музей" });
  await upsertSource({ key: "district-archive", title: "Архив района: памятники", url: "https://archive.example.ru/pamyatniki" });
  await upsertSource({ key: "bare-address", title: "https://register.example.org/item/12", url: "https://register.example.org/item/12" });
  await upsertSource({ key: "odd-characters", title: "100% reliable_list", url: null });
  for (let i = 0; i < 60; i += 1)
    await upsertSource({ key: `bulk-${String(i).padStart(2, "0")}`, title: `Bulk register page ${String(i).padStart(2, "0")}`, url: null });

  await createEntry({
    slug: "cites-register",
    kind: "memorial",
    status: "published",
    translations: { en: { title: "Memorial citing the register" }, ru: { title: "Памятник со ссылкой на реестр" } },
    citations: [
      { sourceKey: "museum-register", field: "title" },
      { sourceKey: "museum-register", field: "date" },
    ],
  });
  await createEntry({
    slug: "cites-archive",
    kind: "memorial",
    translations: { ru: { title: "Памятник из архива" } },
    citations: [{ sourceKey: "district-archive", field: "title" }],
  });
  await createArticle({
    slug: "article-citing-register",
    translations: { en: { title: "An article citing the register" } },
    citations: [{ sourceKey: "museum-register", field: "text" }],
  });
}, 60_000);

describe("the citation picker's search", () => {
  const keys = async (query: string, limit = 20) => (await searchSourceOptions({ query, limit })).map((s) => s.key);

  it("finds a source by part of its title, publisher or web address, in either script and case", async () => {
    expect(await keys("museum register")).toEqual(["museum-register"]);
    expect(await keys("STATE MUSEUM")).toContain("museum-register");
    expect(await keys("городской")).toEqual(["museum-bulletin"]);
    expect(await keys("архив")).toEqual(["district-archive"]);
    expect(await keys("archive.example.ru")).toEqual(["district-archive"]);
  });

  it("puts the source whose key was typed first, and never answers more than asked", async () => {
    expect((await keys("bulk-07"))[0]).toBe("bulk-07");
    expect(await keys("bulk register", 5)).toHaveLength(5);
    expect(await keys("   ")).toEqual([]);
    expect(await keys("zzqqxx")).toEqual([]);
  });

  it("reads % and _ as themselves, not as wildcards", async () => {
    expect(await keys("100%")).toEqual(["odd-characters"]);
    expect(await keys("e_l")).toEqual(["odd-characters"]);
    expect(await keys("%")).toEqual(["odd-characters"]);
  });
});

describe("the entry editor's sources", () => {
  it("are those the entry cites, not every source recorded", async () => {
    const entry = await getRecordForEditing(ENTRY, "cites-register");
    const options = await listSourceOptions(entry!.snapshot);
    expect(options.map((o) => o.key)).toEqual(["museum-register"]);
    expect(options[0]).toMatchObject({ title: "State Museum Register", publisher: "State Museum" });
    expect(await listSourceOptions(null)).toEqual([]);
  });

  it("include the sources of the entry's links", async () => {
    const options = await listSourceOptions({ citations: [], relations: [{ source: "museum-bulletin" }, { source: null }] });
    expect(options.map((o) => o.key)).toEqual(["museum-bulletin"]);
  });
});

describe("the staff list of sources", () => {
  it("pages by title, 50 at a time, with the count", async () => {
    const first = await listSourcesForStaff({ page: page() });
    expect(first.items).toHaveLength(50);
    expect(first.total).toBe(65);
    expect(first.hasNext).toBe(true);
    const second = await listSourcesForStaff({ page: page(2) });
    expect(second.items).toHaveLength(15);
    expect(new Set([...first.items, ...second.items].map((s) => s.key)).size).toBe(65);
    const titles = first.items.map((s) => s.title);
    expect(titles).toEqual([...titles].sort());
  });

  it("searches, and finds those titled only by their address", async () => {
    const found = await listSourcesForStaff({ page: page(), text: "museum" });
    expect(found.items.map((s) => s.key).sort()).toEqual(["museum-bulletin", "museum-register"]);
    const bare = await listSourcesForStaff({ page: page(), addressOnly: true });
    expect(bare.items.map((s) => s.key)).toEqual(["bare-address"]);
    expect(bare.total).toBe(1);
  });

  it("counts the entries and articles citing each source, each once", async () => {
    const [register] = (await listSourcesForStaff({ page: page(), text: "State Museum Register" })).items;
    expect(register).toMatchObject({ key: "museum-register", entries: 1, articles: 1, publisher: "State Museum" });
    const [bare] = (await listSourcesForStaff({ page: page(), addressOnly: true })).items;
    expect(bare).toMatchObject({ entries: 0, articles: 0 });
  });

  it("lists the entries and articles citing a source", async () => {
    const register = (await getSourceForEditing("museum-register"))!;
    const entries = await listSourceEntries({ sourceId: register.id, locale: "ru", page: page() });
    expect(entries.items).toEqual([
      { slug: "cites-register", title: "Памятник со ссылкой на реестр", titleLocale: "ru", status: "published" },
    ]);
    expect(entries.total).toBe(1);
    const articles = await listSourceArticles({ sourceId: register.id, locale: "ru", page: page() });
    expect(articles.items).toEqual([
      { slug: "article-citing-register", title: "An article citing the register", titleLocale: "en", status: "draft" },
    ]);
  });
});

describe("editing a source", () => {
  const fields = {
    title: "Register of the State Museum, 2024 edition",
    url: "https://museum.example.org/register",
    publisher: "State Museum",
    accessedOn: "2024-05-01",
    language: "en",
    note: { en: "The museum's own list", ru: "Собственный список музея" },
  };

  it("saves the fields, keeps the key, and shows the new title on the public entry page", async () => {
    const saved = await updateSource({ key: "museum-register", fields, actor: EDITOR });
    expect(saved).toMatchObject({ key: "museum-register", title: fields.title, accessedOn: "2024-05-01", note: fields.note });
    const entry = await getPublishedEntry({ slug: "cites-register", locale: "en" });
    expect(entry!.sources.map((s) => s.title)).toEqual([fields.title]);
  });

  it("records who changed what in the audit log, before and after", async () => {
    await updateSource({ key: "museum-bulletin", fields: { title: "Museum bulletin no. 5", publisher: "Городской музей" }, actor: EDITOR });
    const line = await db.auditEvent.findFirst({ where: { action: "source.update" }, orderBy: { at: "desc" } });
    expect(line).toMatchObject({ actorId: EDITOR.id, actorEmail: EDITOR.email, targetType: "source" });
    const detail = JSON.parse(line!.detail);
    expect(detail.before).toMatchObject({ key: "museum-bulletin", title: "Museum bulletin no. 4" });
    expect(detail.after).toMatchObject({ key: "museum-bulletin", title: "Museum bulletin no. 5" });
  });

  it("moves the open-data stamp when it changes, and not when nothing changed", async () => {
    const before = await contentStamp();
    await updateSource({
      key: "district-archive",
      fields: { title: "Архив района: памятники и мемориалы", url: "https://archive.example.ru/pamyatniki" },
      actor: EDITOR,
    });
    const after = await contentStamp();
    expect(after.stamp).not.toBe(before.stamp);
    const lines = await db.auditEvent.count({ where: { action: "source.update" } });
    await updateSource({
      key: "district-archive",
      fields: { title: "Архив района: памятники и мемориалы", url: "https://archive.example.ru/pamyatniki" },
      actor: EDITOR,
    });
    expect((await contentStamp()).stamp).toBe(after.stamp);
    expect(await db.auditEvent.count({ where: { action: "source.update" } })).toBe(lines);
  });

  it("refuses bad fields, an unknown source and a role that may not edit entries, changing nothing", async () => {
    await expect(
      updateSource({ key: "bulk-01", fields: { title: " ", url: "ftp://x", accessedOn: "May 2024" }, actor: EDITOR }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(updateSource({ key: "no-such-source", fields: { title: "A title" }, actor: EDITOR })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(updateSource({ key: "bulk-01", fields: { title: "A title" }, actor: TEACHER })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await getSourceForEditing("bulk-01"))!.title).toBe("Bulk register page 01");
  });
});
