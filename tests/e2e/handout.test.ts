import { expect, test } from "./fixtures";

const VIEW = "lat=56.2600&lng=34.3300&z=8";

test("a view's handout prints every entry's title and sources, and no buttons", async ({ page }) => {
  await page.goto(`/en/handout?${VIEW}`);
  await page.emulateMedia({ media: "print" });
  const items = page.locator(".handout-item");
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole("heading", { level: 3, name: /^\d+ Rzhev Memorial to the Soviet Soldier$/ })).toBeVisible();
  for (let index = 0; index < count; index++) {
    const item = items.nth(index);
    await expect(item.getByRole("heading", { level: 3 })).toBeVisible();
    await expect(item.getByRole("heading", { level: 4, name: "Sources" })).toBeVisible();
    await expect(item.locator("cite").first()).toBeVisible();
  }
  await expect(page.getByRole("img", { name: "Map of the entries on this handout" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Timeline of the entries on this handout" })).toBeVisible();
  for (const button of await page.getByRole("button").all()) await expect(button).toBeHidden();
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download PDF" })).toBeHidden();
});

test("the handout's paper size is A4 or Letter", async ({ page }) => {
  await page.goto(`/en/handout?${VIEW}`);
  const pageRules = () => page.locator("style").evaluateAll((styles) => styles.map((style) => style.textContent).join(" "));
  expect(await pageRules()).toMatch(/@page \{ size: A4;/);
  await page.getByRole("link", { name: "Letter" }).click();
  await expect(page).toHaveURL(/paper=letter/);
  await expect.poll(pageRules).toMatch(/@page \{ size: Letter;/);
});

test("entry and article pages print without navigation or buttons", async ({ page }) => {
  for (const path of ["/en/entries/rzhev-memorial", "/en/articles/rzhev-memorial-central-figure-installation-begins"]) {
    await page.goto(path);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /Sources?/ })).toBeVisible();
    for (const button of await page.getByRole("button").all()) await expect(button).toBeHidden();
    for (const nav of await page.getByRole("navigation").all()) await expect(nav).toBeHidden();
    await page.emulateMedia({ media: "screen" });
  }
});

test("the handout downloads as a PDF that links every entry", async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto(`/en/handout?${VIEW}`);
  const paths = await page.locator(".handout-item h3 a").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(paths.length).toBeGreaterThanOrEqual(3);
  const answer = await request.get(`/en/handout.pdf?${VIEW}`, { timeout: 90_000 });
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toBe("application/pdf");
  const pdf = await answer.body();
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = pdf.toString("latin1");
  expect(text.match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
  // No PDF text extractor is installed: the entries' titles are drawn as glyphs, but each title is
  // a link to its entry, and Chromium writes link targets as plain /URI strings.
  for (const href of paths) {
    expect(href.startsWith(`${baseURL}/en/entries/`)).toBe(true);
    expect(text).toContain(`(${href})`);
  }
});
