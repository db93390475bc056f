import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";

const PAGES = [
  { name: "home", path: "/" },
  { name: "entry", path: "/entries/rzhev-memorial" },
  { name: "article", path: "/articles/rzhev-memorial-central-figure-installation-begins" },
  { name: "search", path: "/search?q=Mamaev" },
  { name: "compare", path: "/compare?entries=rzhev-memorial" },
];

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
