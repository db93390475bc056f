import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { SOURCE_NEWS } from "./fixtures/write-source-news-fingerprints";
import { setupTestDatabase } from "./test-database";

// The data layer binds to DATABASE_URL when "@/lib/db" is first loaded: import it only after this.
setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { analyzeArticle } = await import("@/lib/article-import/analyze");
const { findMentions } = await import("@/lib/article-import/find-mentions");
const { pageEntryLookup } = await import("@/lib/article-import/entry-lookup");
const { articleAnalysisSchema } = await import("@/lib/article-import/analysis-schema");

type Analysis = Awaited<ReturnType<typeof analyzeArticle>>;
type Item = Analysis["items"][number];

// Seeding the whole collection takes several seconds, more on a busy machine.
beforeAll(async () => {
  await seedReferenceData();
}, 120_000);

const linksOf = (item: Item) =>
  item.links.map((link) => ({
    from: "entrySlug" in link.from ? link.from.entrySlug : "event",
    type: link.relationType,
    to: link.to.entrySlug,
  }));
const mentioned = async (text: string) => (await findMentions(text, pageEntryLookup())).map((m) => [m.entry.slug, m.matched]);

describe("mentions of collection entries", { timeout: 60_000 }, () => {
  it("finds an entry by any spelling of its names and in any Russian case", async () => {
    expect(await mentioned("Wreaths were laid on Mamaev Kurgan.")).toEqual([["mamayev-kurgan", "Mamaev Kurgan"]]);
    expect(await mentioned("Wreaths were laid on Mamayev Kurgan.")).toEqual([["mamayev-kurgan", "Mamayev Kurgan"]]);
    expect(await mentioned("Венки возложили на вершине Мамаева кургана.")).toEqual([["mamayev-kurgan", "Мамаева кургана"]]);
    expect(await mentioned("Церемония прошла на Мамаевом кургане.")).toEqual([["mamayev-kurgan", "Мамаевом кургане"]]);
    expect(await mentioned("Делегация посетила Пискарёвское кладбище и Поклонную гору.")).toEqual([
      ["piskaryovskoye-memorial-cemetery", "Пискарёвское кладбище"],
      ["victory-park-poklonnaya-gora", "Поклонную гору"],
    ]);
    expect(await mentioned("На Пискаревском кладбище почтили память блокадников.")).toEqual([
      ["piskaryovskoye-memorial-cemetery", "Пискаревском кладбище"],
    ]);
  });

  it("sends a page's queries once each and no more than its budget", async () => {
    const lookup = pageEntryLookup(2);
    const slugs = async (queries: string[]) => (await lookup(queries)).map((entry) => entry.slug);
    expect(await slugs(["mamaev kurgan", "poklonn gor"])).toEqual(
      expect.arrayContaining(["mamayev-kurgan", "victory-park-poklonnaya-gora"]),
    );
    // The budget is spent: a new query finds nothing, the queries already sent still answer.
    expect(await slugs(["piskarevsk"])).toEqual([]);
    expect(await slugs(["mamaev kurgan"])).toContain("mamayev-kurgan");
  });

  it("prefers the longest name and ignores words that only resemble one", async () => {
    expect(await mentioned("The Rzhev Memorial to the Soviet Soldier opened in June.")).toEqual([
      ["rzhev-memorial", "Rzhev Memorial to the Soviet Soldier"],
    ]);
    expect(await mentioned("A mamaev of kurgans and memorial of nothing.")).toEqual([]);
  });
});

describe("the seed news page", { timeout: 120_000 }, () => {
  let analysis: Analysis;
  beforeAll(async () => {
    // The page itself is not kept in this repository (see reference-articles-own-words.test.ts); it lies beside it.
    expect(fs.existsSync(SOURCE_NEWS), `${SOURCE_NEWS} is where the seed page is kept`).toBe(true);
    analysis = await analyzeArticle({ text: fs.readFileSync(SOURCE_NEWS, "utf8") });
  }, 120_000);

  it("answers the analysis contract, in English, with the furniture and image names out of the text", () => {
    expect(articleAnalysisSchema.parse(analysis)).toEqual(analysis);
    expect(analysis.language).toBe("en");
    const bodies = analysis.items.map((item) => item.body).join("\n");
    expect(bodies).not.toMatch(/Go back|Back to the all news|\.jpeg/);
  });

  it("splits the page into its items", () => {
    expect(analysis.items.map((item) => item.title.slice(0, 40))).toEqual([
      "In an exclusive commentary to Cronos.Asi",
      "On June 6, 2024, in Almaty, a meeting of",
      "Sputnik Armenia reports that the Armenia",
      "The final stage of the installation of t",
    ]);
    expect(analysis.items[3]!.images).toHaveLength(6);
  });

  it("finds the Almaty meeting on 2024-06-06 in Almaty", () => {
    const meeting = analysis.items[1]!;
    expect(meeting.date).toEqual({ edtf: "2024-06-06", precision: "day", text: "On June 6, 2024" });
    expect(meeting.place).toMatchObject({ name: "Almaty" });
    expect(meeting.place!.lat).toBeCloseTo(43.25, 0);
    expect(meeting.place!.lon).toBeCloseTo(76.9, 0);
    expect(meeting.event).toMatchObject({ date: { edtf: "2024-06-06" }, existingSlug: "csto-security-council-secretaries-almaty-2024" });
    expect(meeting.event!.title.en).toMatch(/^A meeting of the CSTO Committee of Secretaries of Security Council/);
  });

  it("finds the Rzhev installation on 2020-01-30 at the Rzhev Memorial", () => {
    const rzhev = analysis.items[3]!;
    expect(rzhev.date).toEqual({ edtf: "2020-01-30", precision: "day", text: "On January 30" });
    expect(rzhev.place).toMatchObject({ entrySlug: "rzhev-memorial", name: "Rzhev Memorial to the Soviet Soldier" });
    expect(rzhev.event).toMatchObject({ existingSlug: "rzhev-central-figure-installation-2020" });
  });

  it("proposes comparable_to links from the Rzhev Memorial, each with the sentence that justifies it", () => {
    const rzhev = analysis.items[3]!;
    const comparable = rzhev.links.filter((link) => link.relationType === "comparable_to");
    expect(comparable.map((link) => link.to.entrySlug)).toEqual(
      expect.arrayContaining(["mamayev-kurgan", "victory-park-poklonnaya-gora", "piskaryovskoye-memorial-cemetery"]),
    );
    for (const link of comparable) {
      expect(link.from).toEqual({ entrySlug: "rzhev-memorial" });
      expect(link.sentence).toMatch(/on a par with/);
    }
    expect(linksOf(rzhev)).toEqual(
      expect.arrayContaining([
        { from: "rzhev-memorial", type: "commemorates", to: "great-patriotic-war" },
        { from: "rzhev-memorial", type: "branch_of", to: "victory-museum-moscow" },
        { from: "rzhev-central-figure-installation-2020", type: "located_at", to: "rzhev-memorial" },
      ]),
    );
  });

  it("names the people and organisations, matched to entries where there are some", () => {
    const agents = analysis.items[3]!.agents.map((agent) => [agent.kind, agent.name, agent.entrySlug]);
    expect(agents).toEqual(
      expect.arrayContaining([
        ["organisation", "Russian Military Historical Society", "russian-military-historical-society"],
        ["organisation", "Government of the Tver Region", "government-of-tver-region"],
        ["person", "Grigory Rapota", "grigory-rapota"],
        ["person", "Alexander Shkolnik", "alexander-shkolnik"],
      ]),
    );
    expect(analysis.items[2]!.agents.map((agent) => agent.name)).toContain("Ararat Mirzoyan");
  });

  it("gives the same keys when the same page is analysed again", async () => {
    const again = await analyzeArticle({ text: fs.readFileSync(SOURCE_NEWS, "utf8") });
    expect(again.items.map((item) => [item.key, item.links.map((link) => link.key)])).toEqual(
      analysis.items.map((item) => [item.key, item.links.map((link) => link.key)]),
    );
  });
});

// Pages the analysis was not tuned on, about other memorials of the collection.
const ENGLISH_PAGE = `Wreaths at Khatyn

On 22 March 2023, veterans and schoolchildren laid wreaths at the Khatyn memorial complex to mark the 80th anniversary of the tragedy. The memorial is dedicated to the victims of the Khatyn massacre. Speaking at the ceremony, Deputy Minister of Culture Ivan Petrov said the memorial stands on a par with Mamayev Kurgan and the Brest Hero-Fortress memorial complex.

Share

A new exhibition in Moscow

The exhibition about the Siege of Leningrad opened in Moscow in March 2022. It was prepared by the Russian Military Historical Society.

Back to the all news`;

const RUSSIAN_PAGE = `Опубликовано: 13 июля 2023

В Волгограде почтили память защитников Сталинграда

2 февраля 2023 года на Мамаевом кургане в Волгограде прошла торжественная церемония, посвящённая 80-летию победы в Сталинградской битве. Губернатор Волгоградской области Андрей Бочаров возложил цветы. Организатором выступило Правительство Волгоградской области.

Назад

Экскурсия к звоннице на Прохоровском поле

12 июля школьники побывали у звонницы на Прохоровском поле. Танковое сражение под Прохоровкой летом 1943 года сравнимо по значению со Сталинградской битвой.`;

describe("pages it was not tuned on", { timeout: 120_000 }, () => {
  it("reads an English page about Khatyn", async () => {
    const analysis = await analyzeArticle({ text: ENGLISH_PAGE });
    expect(analysis.language).toBe("en");
    expect(analysis.items.map((item) => item.title)).toEqual(["Wreaths at Khatyn", "A new exhibition in Moscow"]);
    const [khatyn, exhibition] = analysis.items as [Item, Item];
    expect(khatyn.date).toMatchObject({ edtf: "2023-03-22", precision: "day" });
    expect(khatyn.place).toMatchObject({ entrySlug: "khatyn-memorial" });
    expect(khatyn.event).toMatchObject({ title: { en: "Wreaths at Khatyn", ru: null }, existingSlug: null });
    expect(linksOf(khatyn)).toEqual(
      expect.arrayContaining([
        { from: "khatyn-memorial", type: "commemorates", to: "destruction-of-khatyn-1943" },
        { from: "khatyn-memorial", type: "comparable_to", to: "mamayev-kurgan" },
        { from: "khatyn-memorial", type: "comparable_to", to: "brest-hero-fortress" },
        { from: "event", type: "located_at", to: "khatyn-memorial" },
      ]),
    );
    expect(khatyn.agents.map((agent) => [agent.kind, agent.name])).toContainEqual(["person", "Ivan Petrov"]);
    expect(exhibition.date).toMatchObject({ edtf: "2022-03", precision: "month" });
    expect(exhibition.place).toMatchObject({ name: "Moscow" });
    expect(exhibition.place!.lat).toBeCloseTo(55.75, 0);
    expect(linksOf(exhibition)).toContainEqual({ from: "event", type: "mentions", to: "siege-of-leningrad" });
  });

  it("reads a Russian page about Mamayev Kurgan and Prokhorovka", async () => {
    const analysis = await analyzeArticle({ text: RUSSIAN_PAGE });
    expect(analysis.language).toBe("ru");
    expect(analysis.page.publishedEdtf).toBe("2023-07-13");
    const [volgograd, prokhorovka] = analysis.items as [Item, Item];
    expect(volgograd.date).toEqual({ edtf: "2023-02-02", precision: "day", text: "2 февраля 2023 года" });
    expect(volgograd.place).toMatchObject({ entrySlug: "mamayev-kurgan" });
    expect(volgograd.event!.title).toEqual({ en: null, ru: "В Волгограде почтили память защитников Сталинграда" });
    expect(linksOf(volgograd)).toEqual(
      expect.arrayContaining([
        { from: "event", type: "located_at", to: "mamayev-kurgan" },
        { from: "mamayev-kurgan", type: "commemorates", to: "battle-of-stalingrad" },
      ]),
    );
    expect(volgograd.agents.map((agent) => [agent.kind, agent.name])).toEqual(
      expect.arrayContaining([
        ["person", "Андрей Бочаров"],
        ["organisation", "Правительство Волгоградской области"],
      ]),
    );
    // "12 июля" takes its year from the page's publication date.
    expect(prokhorovka.date).toEqual({ edtf: "2023-07-12", precision: "day", text: "12 июля" });
    expect(prokhorovka.place).toMatchObject({ entrySlug: "prokhorovka-field-belfry" });
    expect(linksOf(prokhorovka)).toContainEqual({ from: "battle-of-prokhorovka-1943", type: "comparable_to", to: "battle-of-stalingrad" });
  });

  it("does not take a dateline's town in capitals for an organisation", async () => {
    const analysis = await analyzeArticle({
      text: "БРЕСТ, 22 июня 2025 года. На рассвете в Брестской крепости прошла церемония; делегацию ОДКБ встретили у Вечного огня.\n\nVOLGOGRAD, June 22, 2025 — Veterans met on Mamayev Kurgan.",
    });
    const agents = analysis.items.flatMap((item) => item.agents.map((agent) => agent.name));
    expect(agents).toContain("ОДКБ");
    expect(agents).not.toContain("БРЕСТ");
    expect(agents).not.toContain("VOLGOGRAD");
  });

  it("reads the same news as HTML", async () => {
    const html = `<html><head><meta property="og:site_name" content="Volgograd News"></head><body>
      <nav>Главная / Новости</nav><h2>В Волгограде почтили память защитников Сталинграда</h2>
      <p>2 февраля 2023 года на Мамаевом кургане в Волгограде прошла торжественная церемония.</p>
      <img src="ceremony.jpg"></body></html>`;
    const analysis = await analyzeArticle({ html, url: "https://news.example.org/2023/02/02/ceremony" });
    expect(analysis.page).toMatchObject({ publisher: "Volgograd News", url: "https://news.example.org/2023/02/02/ceremony" });
    expect(analysis.items).toHaveLength(1);
    expect(analysis.items[0]!.images).toEqual(["https://news.example.org/2023/02/02/ceremony.jpg"]);
    expect(analysis.items[0]!.place).toMatchObject({ entrySlug: "mamayev-kurgan" });
  });
});

describe("pages that are not news", { timeout: 120_000 }, () => {
  it.each([
    ["markup that never closes", { html: "<div><p>On 9 May 2020 in <b>Moscow<i> the <script>alert(1)" }],
    ["only furniture", { text: "Go back\n\nBack to the all news\n\nПоделиться" }],
    ["a wall of capitalised words", { text: Array.from({ length: 5000 }, (_, i) => `Word${i} Name${i % 97}`).join(" ") }],
    ["symbols and control characters", { text: "\u0000\u0007 «»“” — … ☃ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202e On February 30, 2020 в 30 февраля 2020 года" }],
    [
      "many short items",
      {
        text: Array.from(
          { length: 400 },
          (_, i) => `Heading number ${i}\n\nOn June ${(i % 28) + 1}, 2024, item ${i} happened in Almaty.`,
        ).join("\n\n"),
      },
    ],
  ])("reads %s without failing, within the contract", async (_name, input) => {
    const analysis = await analyzeArticle(input);
    expect(articleAnalysisSchema.parse(analysis)).toEqual(analysis);
    expect(analysis.items.length).toBeLessThanOrEqual(200);
  });
});
