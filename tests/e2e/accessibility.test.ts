import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const PAGES = [
  { name: "home", path: "/" },
  { name: "entry", path: "/entries/rzhev-memorial" },
  { name: "article", path: "/articles/rzhev-memorial-central-figure-installation-begins" },
  { name: "search", path: "/search?q=Mamaev" },
  { name: "compare", path: "/compare?entries=rzhev-memorial" },
];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

for (const locale of ["en", "ru"]) {
  for (const { name, path } of PAGES) {
    test(`axe finds no serious or critical violations on the ${name} page (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      await expect(page.locator("main")).toBeVisible();
      if (name === "home" || name === "compare") await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}
