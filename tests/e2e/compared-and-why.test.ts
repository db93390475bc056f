import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";

/** The timeline's chunk loads after the page: on a busy machine that takes a while. */
const LOADED = { timeout: 20_000 };
const SOURCE = "The final stage of the installation of the central figure of the Rzhev Memorial to the Soviet Soldier has begun";

const LABELS = {
  en: {
    rzhev: "Rzhev Memorial to the Soviet Soldier",
    mamayev: '"To the Heroes of the Battle of Stalingrad", Mamayev Kurgan',
    reason: "Named by the memorial's creators in January 2020 as its equal in scale and significance.",
    table: "Compared monuments",
    whyRow: /^Compared, and why/,
    sharedRow: /^Articles about all of them/,
    article: "Mounting of the Rzhev Memorial's bronze soldier enters its last stage",
  },
  ru: {
    rzhev: "Ржевский мемориал Советскому солдату",
    mamayev: "«Героям Сталинградской битвы», Мамаев курган",
    reason: "Создатели мемориала в январе 2020 года назвали его равным по масштабу и значению.",
    table: "Сравниваемые памятники",
    whyRow: /^Почему сравниваются/,
    sharedRow: /^Статьи обо всех сразу/,
    article: "Начался последний этап монтажа бронзового солдата Ржевского мемориала",
  },
} as const;

for (const locale of ["en", "ru"] as const) {
  const l = LABELS[locale];

  test(`the explorer's panel says why a monument is comparable, and where that is said (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/?entry=rzhev-memorial`);
    const panel = page.getByRole("region", { name: l.rzhev });
    const mamayev = panel.getByRole("listitem").filter({ has: page.getByRole("button", { name: l.mamayev }) });
    await expect(mamayev).toContainText(l.reason, LOADED);
    await expect(mamayev.getByRole("link", { name: SOURCE })).toBeVisible();
    // The panel only: on this view the timeline draws Operation Mars narrower than a touch target in
    // Russian, which is the timeline's to fix (the whole page is checked in accessibility.test.ts).
    expect(await seriousViolations(page, ".explorer-side")).toEqual([]);
  });

  test(`the compare table says why each monument is compared, and lists an article about all of them once (${locale})`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/compare?entries=rzhev-memorial,mamayev-kurgan,victory-park-poklonnaya-gora`);
    const table = page.getByRole("table", { name: l.table });
    const why = table.getByRole("row", { name: l.whyRow });
    await expect(why.getByText(l.reason)).toHaveCount(2);
    await expect(why.getByRole("link", { name: SOURCE })).toHaveCount(2);
    await expect(table.getByRole("row", { name: l.sharedRow }).getByRole("link", { name: l.article })).toHaveCount(1);
    await expect(table.getByRole("link", { name: l.article })).toHaveCount(1);
    for (const size of [
      { width: 1366, height: 900 },
      { width: 375, height: 667 },
    ]) {
      await page.setViewportSize(size);
      expect(await seriousViolations(page), `${size.width}×${size.height}`).toEqual([]);
    }
  });
}
