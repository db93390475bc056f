import Database from "better-sqlite3";
import { E2E_DATABASE } from "../../playwright.config";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";

// More people who took part in the war than an entry page lists in one group: published, but not
// on the map, the timeline or in search, so no other test sees them.
const PEOPLE = 30;
const SHOWN = 24;
const HUB = "great-patriotic-war";
const idOf = (i: number) => `e2e-hub-person-${String(i).padStart(2, "0")}`;

test.beforeAll(() => {
  const db = new Database(E2E_DATABASE);
  const hub = db.prepare(`SELECT id FROM "Entry" WHERE slug = ?`).get(HUB) as { id: string };
  const now = Date.now();
  const entry = db.prepare(
    `INSERT OR REPLACE INTO "Entry" (id, slug, kind, status, locationPrecision, startCirca, endCirca, version, createdAt, updatedAt, publishedAt)
     VALUES (?, ?, 'person', 'published', 'exact', 0, 0, 1, ?, ?, ?)`,
  );
  const text = db.prepare(`INSERT OR REPLACE INTO "EntryTranslation" (id, entryId, locale, title) VALUES (?, ?, ?, ?)`);
  const link = db.prepare(`INSERT OR REPLACE INTO "EntryRelation" (id, fromId, toId, type) VALUES (?, ?, ?, 'participant_in')`);
  db.transaction(() => {
    for (let i = 0; i < PEOPLE; i++) {
      entry.run(idOf(i), idOf(i), now, now, now);
      text.run(`${idOf(i)}-en`, idOf(i), "en", `Participant number ${i}`);
      text.run(`${idOf(i)}-ru`, idOf(i), "ru", `Участник номер ${i}`);
      link.run(`${idOf(i)}-link`, idOf(i), hub.id);
    }
  })();
  db.close();
});

test.afterAll(() => {
  const db = new Database(E2E_DATABASE);
  for (const table of ["EntryRelation", "EntryTranslation", "Entry"]) {
    db.prepare(`DELETE FROM "${table}" WHERE id LIKE 'e2e-hub-person-%'`).run();
  }
  db.close();
});

const TEXT = {
  en: {
    group: "Participants",
    all: `Participants: all ${PEOPLE}`,
    heading: "Participants: Great Patriotic War",
    back: "Back to “Great Patriotic War”",
  },
  ru: {
    group: "Участники",
    all: `Участники: все ${PEOPLE}`,
    heading: "Участники: Великая Отечественная война",
    back: "Назад к записи «Великая Отечественная война»",
  },
} as const;

for (const locale of ["en", "ru"] as const) {
  const t = TEXT[locale];
  test(`an entry many others link to lists the first of them and leads to all (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/entries/${HUB}`);
    const group = page.locator(".relation-group").filter({ has: page.getByRole("heading", { level: 3, name: t.group, exact: true }) });
    await expect(group.getByRole("listitem")).toHaveCount(SHOWN);
    await group.getByRole("link", { name: t.all }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/entries/${HUB}/links\\?type=participant_in&direction=incoming$`));
    await expect(page.getByRole("heading", { level: 1, name: t.heading })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: locale === "en" ? "Participant number" : "Участник номер" })).toHaveCount(
      PEOPLE,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: t.back }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/entries/${HUB}$`));
  });
}

test.describe("not found", () => {
  test.use({ expectedConsoleError: /status of 404/ });

  test("a kind of link the entry does not have, an entry no article is about, or a page past the end", async ({ page }) => {
    for (const address of [
      `/en/entries/${HUB}/links?type=participant_in&direction=outgoing`,
      `/en/entries/${HUB}/links?type=nonsense&direction=incoming`,
      `/en/entries/${HUB}/links?type=participant_in&direction=incoming&page=2`,
      "/en/entries/operation-mars/articles",
      "/en/entries/victory-park-poklonnaya-gora/articles?page=2",
    ]) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(404);
    }
  });
});

test("all the articles about an entry, a page at a time, in the page's language", async ({ page }) => {
  await page.goto("/ru/entries/victory-park-poklonnaya-gora/articles");
  await expect(page.getByRole("heading", { level: 1, name: "Статьи о записи «Парк Победы на Поклонной горе»" })).toBeVisible();
  await page.goto("/en/entries/victory-park-poklonnaya-gora/articles");
  await expect(page.getByRole("heading", { level: 1, name: "Articles about “Victory Park on Poklonnaya Hill”" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Mounting of the Rzhev Memorial's bronze soldier enters its last stage" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
