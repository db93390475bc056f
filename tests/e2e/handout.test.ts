import { expect, test } from "./fixtures";
import { hasWords, oneLine, pdfText } from "./pdf-text";

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
  // Each title is a link to its entry, and Chromium writes link targets as plain /URI strings.
  for (const href of paths) {
    expect(href.startsWith(`${baseURL}/en/entries/`)).toBe(true);
    expect(text).toContain(`(${href})`);
  }
});

const TOUR = "from-rzhev-to-the-great-memorials";

test("a tour's handout prints every step's title, the teacher's narrative and question, its sources, and no buttons", async ({ page }) => {
  await page.goto(`/en/tours/${TOUR}`);
  await page.getByRole("link", { name: "Handout", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/en/handout\\?tour=${TOUR}$`));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1, name: "From the battles of Rzhev to the great memorials" })).toBeVisible();
  const items = page.locator(".handout-item");
  await expect(items).toHaveCount(7);
  await expect(items.nth(2).getByRole("heading", { level: 3, name: "3 What its creators compared it with" })).toBeVisible();
  await expect(items.nth(1).getByText("The memorial honours every Soviet soldier of the war. Why build it here?")).toBeVisible();
  for (let index = 0; index < 7; index++) {
    const item = items.nth(index);
    await expect(item.getByRole("heading", { level: 3, name: new RegExp(`^${index + 1} \\S`) })).toBeVisible();
    await expect(item.locator(".handout-narrative")).not.toBeEmpty();
    await expect(item.locator(".handout-question")).toHaveText(/\?$/);
    await expect(item.locator("cite").first()).toBeVisible();
  }
  await expect(page.getByRole("img", { name: "Map of the entries on this handout" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Timeline of the entries on this handout" })).toBeVisible();
  // Seven numbered markers on the map and on the timeline strip.
  await expect(page.locator(".handout-map text")).toHaveCount(7);
  await expect(page.locator(".handout-timeline circle")).toHaveCount(7);
  for (const button of await page.getByRole("button").all()) await expect(button).toBeHidden();
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download PDF" })).toBeHidden();
});

test("a tour's handout downloads as a PDF that links every step; a tour nobody may open has none", async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto(`/en/handout?tour=${TOUR}&paper=letter`);
  const paths = await page.locator(".handout-item h3 a").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(paths).toHaveLength(7);
  const pdfLink = page.getByRole("link", { name: "Download PDF" });
  await expect(pdfLink).toHaveAttribute("href", `/en/handout.pdf?tour=${TOUR}&paper=letter`);
  const answer = await request.get((await pdfLink.getAttribute("href"))!, { timeout: 90_000 });
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-disposition"]).toContain(`tour-${TOUR}-en.pdf`);
  const text = (await answer.body()).toString("latin1");
  expect(text.startsWith("%PDF-")).toBe(true);
  // Chromium writes link targets as plain /URI strings (the text itself is read in the test below).
  for (const href of paths) {
    expect(href.startsWith(`${baseURL}/en/entries/`)).toBe(true);
    expect(text).toContain(`(${href})`);
  }
  const missing = await request.get("/en/handout.pdf?tour=no-such-tour");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toBe("application/problem+json");
  expect((await request.get("/en/handout?tour=no-such-tour")).status()).toBe(404);
});

for (const { locale, title } of [
  { locale: "en", title: "From the battles of Rzhev to the great memorials" },
  { locale: "ru", title: "От Ржевской битвы к великим мемориалам" },
]) {
  test(`a tour's handout PDF in ${locale} has every step's title, question and sources as text, and no control's label`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    await page.goto(`/${locale}/tours/${TOUR}`);
    const tourControls = await page.locator(".tour-actions").locator("a, button").allInnerTexts();
    await page.goto(`/${locale}/handout?tour=${TOUR}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const steps = await page.locator(".handout-item").evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector("h3 a")?.textContent ?? "",
        question: item.querySelector(".handout-question")?.textContent ?? "",
        sources: [...item.querySelectorAll("cite")].map((cite) => cite.textContent ?? ""),
      })),
    );
    expect(steps).toHaveLength(7);
    const handoutControls = [
      ...(await page.getByRole("button").allInnerTexts()),
      ...(await page.locator(".handout-controls a[download]").allInnerTexts()),
    ];
    const labels = [...new Set([...tourControls, ...handoutControls].map(oneLine))].filter(Boolean);
    // What a teacher would click on screen: Present, Share, Print, Download PDF, Save for offline…
    expect(labels.length).toBeGreaterThanOrEqual(5);

    const answer = await request.get(`/${locale}/handout.pdf?tour=${TOUR}`, { timeout: 90_000 });
    expect(answer.status()).toBe(200);
    const pdf = await pdfText(await answer.body());
    const { text } = pdf;
    expect(text).toContain(title);
    for (const step of steps) {
      expect(step.title && step.question && step.sources.length, JSON.stringify(step)).toBeTruthy();
      expect(text).toContain(oneLine(step.title));
      expect(text).toContain(oneLine(step.question));
      for (const source of step.sources) expect(text).toContain(oneLine(source));
    }
    for (const label of labels) expect(hasWords(pdf, label), `"${label}" on the paper`).toBe(false);
  });
}
