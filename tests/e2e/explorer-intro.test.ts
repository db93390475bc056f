import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";

const LABELS = {
  en: {
    heading: "War memorials and the events they remember",
    dismiss: "Got it, hide this",
    reopen: "About this map",
    how: /map and the timeline move together/,
  },
  ru: {
    heading: "Военные мемориалы и события, которые они хранят",
    dismiss: "Понятно, скрыть",
    reopen: "Об этой карте",
    how: /Карта и лента времени движутся вместе/,
  },
} as const;

for (const locale of ["en", "ru"] as const) {
  const l = LABELS[locale];
  test(`a first-time visitor is told what this is, and once read it stays out of the way (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`/${locale}`);
    const intro = page.getByRole("region", { name: l.heading });
    await expect(intro).toBeVisible();
    await expect(intro).toContainText(l.how);
    expect(await seriousViolations(page)).toEqual([]);

    await intro.getByRole("button", { name: l.dismiss }).click();
    await expect(intro).toHaveCount(0);
    // Remembered: not shown again on the next visit, and one click brings it back.
    await page.reload();
    await expect(page.getByRole("button", { name: l.reopen })).toBeVisible();
    await expect(page.getByRole("region", { name: l.heading })).toHaveCount(0);
    await page.getByRole("button", { name: l.reopen }).click();
    await expect(page.getByRole("region", { name: l.heading })).toBeVisible();
  });
}

test("on a phone the introduction is in sight without opening the list sheet, and axe finds nothing", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto("/en");
  const sheet = page.getByRole("button", { name: /List and timeline/ });
  await expect(page.getByRole("region", { name: LABELS.en.heading })).toBeInViewport({ ratio: 1 });
  await expect(sheet).toHaveAttribute("aria-expanded", "false");
  expect(await seriousViolations(page)).toEqual([]);
  await sheet.click();
  await expect(page.getByRole("region", { name: /Entries in view/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
