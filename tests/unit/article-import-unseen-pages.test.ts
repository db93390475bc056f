import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

/**
 * Two regional news pages the analysis had never seen (tests/fixtures/unseen/), each with two items,
 * a dateline, and the site's furniture: a menu and a weather-and-exchange-rate ticker repeated in the
 * header and the footer (in <div>s on the Russian site, in <header>/<footer> on the English one).
 */
setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { analyzeArticle } = await import("@/lib/article-import/analyze");

const page = (name: string) => fs.readFileSync(path.join(__dirname, "../fixtures/unseen", name), "utf8");

beforeAll(async () => {
  await seedReferenceData();
}, 120_000);

describe("a Russian regional news page laid out in <div>s", () => {
  it("has its two news items and nothing of the site's menu or ticker", async () => {
    const analysis = await analyzeArticle({ html: page("news-pskov-region-ru.html") });
    expect(analysis.items.map((item) => item.title)).toEqual([
      "В Великих Луках открыли обновлённый мемориал на Вечном огне",
      "Поисковики перезахоронят останки бойцов у деревни Насва",
    ]);
    for (const item of analysis.items) expect(item.body).not.toMatch(/Курс ЦБ|Главная · Новости/);
  }, 60_000);

  it("names its publisher as the page does, without the reprint notice and the age mark", async () => {
    const analysis = await analyzeArticle({ html: page("news-pskov-region-ru.html") });
    expect(analysis.page.publisher).toBe("«Псковская правда онлайн»");
  });
});

describe("an English regional news page with a <footer>", () => {
  it("names its publisher from the copyright line in its footer", async () => {
    const analysis = await analyzeArticle({ html: page("news-kazan-region-en.html") });
    expect(analysis.items).toHaveLength(2);
    expect(analysis.page.publisher).toBe("Volga Region Today");
  });
});

describe("an item whose dateline follows a byline or a time stamp", () => {
  it("takes its town from the dateline, and proposes no organisation from a town written in capitals", async () => {
    const english = await analyzeArticle({ html: page("news-kazan-region-en.html") });
    const russian = await analyzeArticle({ html: page("news-pskov-region-ru.html") });
    expect(english.items[0]!.place).toMatchObject({ name: "Tetyushi" });
    const agents = [...english.items, ...russian.items].flatMap((item) => item.agents.map((agent) => agent.name));
    expect(agents).not.toContain("KAZAN");
    expect(agents).not.toContain("ЛУКИ");
    expect(agents).toEqual(expect.arrayContaining(["Rustem Galiev", "Андрей Сидоров", "Ольга Кузнецова"]));
  }, 60_000);
});

describe("the links proposed from a Russian page", () => {
  it("name their targets by their Russian titles, as the page does", async () => {
    const analysis = await analyzeArticle({ html: page("news-pskov-region-ru.html") });
    const titles = analysis.items.flatMap((item) => item.links.map((link) => [link.to.entrySlug, link.to.title]));
    expect(titles).toEqual(
      expect.arrayContaining([
        ["rzhev-memorial", "Ржевский мемориал Советскому солдату"],
        ["battle-of-stalingrad", "Сталинградская битва"],
        ["mamayev-kurgan", "«Героям Сталинградской битвы», Мамаев курган"],
      ]),
    );
  }, 60_000);
});
