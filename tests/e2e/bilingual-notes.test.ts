import { expect, test } from "./fixtures";
import { CURATOR, staffPage } from "./staff";

/** The timeline's and the panel's chunks load after the page: on a busy machine that takes a while. */
const LOADED = { timeout: 20_000 };

/** The seeded note on the comparable links the Rzhev news item makes, in each language. */
const REASON = {
  en: "Named by the memorial's creators in January 2020 as its equal in scale and significance.",
  ru: "Создатели мемориала в январе 2020 года назвали его равным по масштабу и значению.",
} as const;
const OTHER = { en: "ru", ru: "en" } as const;

const LABELS = {
  en: {
    linked: "Linked entries",
    rzhev: "Rzhev Memorial to the Soviet Soldier",
    mamayev: '"To the Heroes of the Battle of Stalingrad", Mamayev Kurgan',
    table: "Compared monuments",
    whyRow: /^Compared, and why/,
  },
  ru: {
    linked: "Связанные записи",
    rzhev: "Ржевский мемориал Советскому солдату",
    mamayev: "«Героям Сталинградской битвы», Мамаев курган",
    table: "Сравниваемые памятники",
    whyRow: /^Почему сравниваются/,
  },
} as const;

for (const locale of ["en", "ru"] as const) {
  const l = LABELS[locale];
  const own = REASON[locale];
  const other = REASON[OTHER[locale]];

  test(`a comparable link's note is in the page's language only: entry page, compare table, explorer panel (${locale})`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/entries/rzhev-memorial`);
    const linked = page.getByRole("region", { name: l.linked });
    const mamayev = linked.getByRole("listitem").filter({ has: page.getByRole("link", { name: l.mamayev }) });
    await expect(mamayev).toContainText(own);
    await expect(mamayev).not.toContainText(other);
    await expect(mamayev).not.toContainText(" / ");
    await expect(mamayev.getByText(own)).not.toHaveAttribute("lang", /./);

    await page.goto(`/${locale}/compare?entries=rzhev-memorial,mamayev-kurgan`);
    const why = page.getByRole("table", { name: l.table }).getByRole("row", { name: l.whyRow });
    await expect(why).toContainText(own);
    await expect(why).not.toContainText(other);

    await page.goto(`/${locale}/?entry=rzhev-memorial`);
    const panel = page.getByRole("region", { name: l.rzhev });
    const inPanel = panel.getByRole("listitem").filter({ has: page.getByRole("button", { name: l.mamayev }) });
    await expect(inPanel).toContainText(own, LOADED);
    await expect(inPanel).not.toContainText(other);
  });
}

test("a note written in one language only shows on the other language's page, marked as that language", async ({ browser, page }) => {
  const curator = await staffPage(browser, CURATOR);
  const slug = `english-note-${Date.now().toString(36)}`;
  const note = "Compared by a visiting class in 2025.";
  const created = await curator.request.post("/api/v1/admin/entries", {
    data: {
      slug,
      kind: "memorial",
      translations: { en: { title: "A memorial with an English note" }, ru: { title: "Мемориал с примечанием по-английски" } },
      relations: [{ type: "comparable_to", target: "rzhev-memorial", note: { en: note } }],
    },
  });
  expect(created.status()).toBe(201);
  await curator.goto(`/en/admin/entries/${slug}`);
  await curator.getByRole("button", { name: "Publish" }).click();
  await curator.getByRole("dialog", { name: "Publish this entry?" }).getByRole("button", { name: "Publish now" }).click();
  await expect(curator.getByText("Status: Published")).toBeVisible();

  await page.goto(`/ru/entries/${slug}`);
  const rzhev = page
    .getByRole("region", { name: "Связанные записи" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: LABELS.ru.rzhev }) });
  await expect(rzhev.getByText(note)).toHaveAttribute("lang", "en");
  await page.goto(`/en/entries/${slug}`);
  await expect(page.getByRole("region", { name: "Linked entries" }).getByText(note)).not.toHaveAttribute("lang", /./);
});
