import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { CURATOR, staffPage } from "./staff";

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const csv = (header: string[], rows: string[][]) => [header, ...rows].map((cells) => cells.map(csvCell).join(",")).join("\r\n");

test("a curator imports a CSV: progress and a row report that survive a reload, good rows as drafts, a bad row and a duplicate reported", async ({
  browser,
}) => {
  const page = await staffPage(browser, CURATOR);
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const file = csv(
    ["external_id", "slug", "kind", "title_en", "title_ru", "date", "latitude", "longitude"],
    [
      [`e2e-${run}-1`, `imported-memorial-${run}`, "memorial", `Imported memorial ${run}`, "", "1975-05-09", "55.75", "37.61"],
      [`e2e-${run}-2`, "", "event", `Imported event ${run}`, `Событие ${run}`, "1942~", "", ""],
      [`e2e-${run}-3`, "", "memorial", `Bad latitude ${run}`, "", "", "123", "37"],
      [`e2e-${run}-4`, "", "memorial", "Mamaev Kurgan", "", "", "48.7423", "44.5371"],
    ],
  );

  await page.getByRole("navigation", { name: "Curation" }).getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import entries" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page
    .getByLabel(/^File \(CSV, GeoJSON or KML/)
    .setInputFiles({ name: `memorials-${run}.csv`, mimeType: "text/csv", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Import" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Import of memorials-${run}.csv` })).toBeVisible();
  const progress = page.getByRole("progressbar", { name: "Progress" });
  await expect(progress).toBeVisible();
  await expect(page.getByText("4 of 4 rows")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Finished." })).toBeVisible();
  await expect(progress).toHaveAttribute("value", "4");

  const checkReport = async () => {
    const report = page.getByRole("table");
    const bad = report.getByRole("row").filter({ hasText: `Bad latitude ${run}` });
    await expect(bad.getByRole("cell").first()).toHaveText("4");
    await expect(bad).toContainText("Refused");
    await expect(bad).toContainText("latitude");
    const duplicate = report.getByRole("row").filter({ hasText: "Mamaev Kurgan" });
    await expect(duplicate).toContainText("Possible duplicate");
    await expect(duplicate.getByRole("link", { name: /Mamayev Kurgan/ })).toHaveAttribute("href", "/en/admin/entries/mamayev-kurgan");
    await expect(page.getByRole("term").filter({ hasText: "New drafts" }).locator("+ dd")).toHaveText("2");
  };
  await checkReport();
  expect(await seriousViolations(page)).toEqual([]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: `Import of memorials-${run}.csv` })).toBeVisible();
  await checkReport();

  const memorial = await page.request.get(`/api/v1/admin/entries/imported-memorial-${run}`);
  expect(memorial.status()).toBe(200);
  expect((await memorial.json()).snapshot).toMatchObject({ status: "draft", kind: "memorial", latitude: 55.75, longitude: 37.61 });
  const event = await page.request.get(`/api/v1/admin/entries/imported-event-${run}`);
  expect((await event.json()).snapshot).toMatchObject({ status: "draft", kind: "event", date: "1942~" });

  await page.getByRole("link", { name: "All imports" }).click();
  await expect(page.getByRole("link", { name: `memorials-${run}.csv` })).toBeVisible();
  await page.context().close();
});

test("the import API refuses a file that is not what it claims, whole, and writes nothing", async ({ browser }) => {
  const page = await staffPage(browser, CURATOR);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const refused = await page.request.post("/api/v1/admin/imports", {
    multipart: { file: { name: "photo.csv", mimeType: "text/csv", buffer: png } },
  });
  expect(refused.status()).toBe(415);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");
  expect((await refused.json()).detail).toMatch(/not text/);
  const big = await page.request.post("/api/v1/admin/imports", {
    multipart: { file: { name: "big.csv", mimeType: "text/csv", buffer: Buffer.alloc(50 * 1024 * 1024, 0x61) } },
  });
  expect(big.status()).toBe(413);
  expect((await big.json()).detail).toMatch(/too large/);
  await page.context().close();
});
