import { expect, test } from "./fixtures";
import { CURATOR, staffPage } from "./staff";

/**
 * Cancelling an import by keyboard: the button goes once pressed, and focus must not fall back to
 * the top of the page (the next Tab would start over): it stays in the progress section, whose
 * status says the import is stopping, then stopped.
 */
test("a curator cancels a running import with the keyboard and keeps their place on the page", async ({ browser }) => {
  const page = await staffPage(browser, CURATOR);
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  // Far apart and numbered, so no row is a possible duplicate of another: the job writes every batch.
  const rows = Array.from(
    { length: 6000 },
    (_, i) => `cancel-${run}-${i},Cancel ${run} ${i},${(i % 80) - 40},${Math.floor(i / 80) * 2 - 75}`,
  );
  await page.goto("/en/admin/imports");
  await page.getByLabel(/^File \(CSV, GeoJSON or KML/).setInputFiles({
    name: `cancel-${run}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from(["external_id,title_en,latitude,longitude", ...rows].join("\n")),
  });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Import of cancel-${run}.csv` })).toBeVisible();
  const cancel = page.getByRole("button", { name: "Cancel the import" });
  await cancel.focus();
  await page.keyboard.press("Enter");
  await expect(cancel).toBeHidden();
  await expect(page.getByRole("heading", { level: 2, name: "Progress" })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: /Cancelled/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 2, name: "Progress" })).toBeFocused();
});
