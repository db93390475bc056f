import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { createAccount, staffPage } from "./staff";

const TEACHER = { email: "e2e-tour-teacher@example.org", password: "e2e-tour-teacher-password" };

test.beforeAll(() => createAccount(TEACHER, "E2E Tour Teacher", "teacher"));

/** What the map and the timeline themselves report they show (their own view-change events). */
async function shownViews(page: Page): Promise<{ map: string; timeline: string }> {
  const map = (await page.locator("[data-map-view]").getAttribute("data-map-view")) ?? "";
  const timeline = (await page.locator("[data-timeline-window]").getAttribute("data-timeline-window")) ?? "";
  return { map, timeline };
}

/** Waits until both views report a place and a window different from `before` (the step moved both). */
async function expectBothMoved(page: Page, before: { map: string; timeline: string }): Promise<{ map: string; timeline: string }> {
  await expect(page.locator("[data-map-view]")).not.toHaveAttribute("data-map-view", before.map);
  await expect(page.locator("[data-timeline-window]")).not.toHaveAttribute("data-timeline-window", before.timeline);
  return shownViews(page);
}

async function addEntryStep(page: Page, number: number, slug: string, explorerLink: string) {
  await page.getByRole("button", { name: "Add an entry step" }).click();
  const step = page.getByRole("group", { name: `Step ${number}` });
  await step.getByRole("combobox", { name: "Entry" }).fill(slug);
  await step.getByRole("textbox", { name: "Narrative (en)" }).fill(`About ${slug}`);
  await step.getByRole("textbox", { name: "Explorer link" }).fill(explorerLink);
  await step.getByRole("button", { name: `Use the explorer's view for step ${number}` }).click();
}

test("a teacher builds a three-step tour and presents it with the keyboard and a clicker's Page Down", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await staffPage(browser, TEACHER);
  await page.getByRole("link", { name: "Tours" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My tours" })).toBeVisible();
  await page.getByRole("link", { name: "New tour" }).click();

  await page.getByRole("textbox", { name: "Address (slug)" }).fill("e2e-three-memorials");
  await page.getByRole("textbox", { name: "Title (en)" }).fill("Three memorials");
  await page.getByRole("textbox", { name: "Introduction (en)" }).fill("For the class");
  await page.getByRole("checkbox", { name: "Shared by link (read-only)" }).check();

  await addEntryStep(page, 1, "mamayev-kurgan", "/en?lat=48.7422&lng=44.5369&z=9&from=1942-01-01&to=1943-12-31");
  await expect(page.getByRole("group", { name: "Step 1" }).getByRole("textbox", { name: "Map centre latitude" })).toHaveValue("48.7422");
  await page.getByRole("button", { name: "Add a slide" }).click();
  const slide = page.getByRole("group", { name: "Step 2" });
  await slide.getByRole("textbox", { name: "Slide title (en)" }).fill("Think it over");
  await slide.getByRole("textbox", { name: "Question for the class (en)" }).fill("Why here?");
  await slide
    .getByRole("textbox", { name: "Explorer link" })
    .fill("http://localhost/en?lat=56.2186&lng=34.2628&z=8&from=2019-01-01&to=2021-12-31");
  await slide.getByRole("button", { name: "Use the explorer's view for step 2" }).click();
  await addEntryStep(page, 3, "piskaryovskoye-memorial-cemetery", "/en?lat=59.9969&lng=30.4214&z=10&from=1959-01-01&to=1961-12-31");

  // Reorder by keyboard: step 3 up and back down again, the focus staying on the moved step's button.
  await page.getByRole("button", { name: "Move step 3 up" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("group", { name: "Step 2" }).getByRole("combobox", { name: "Entry" })).toHaveValue(
    "piskaryovskoye-memorial-cemetery",
  );
  await expect(page.getByRole("button", { name: "Move step 2 up" })).toBeFocused();
  await page.getByRole("button", { name: "Move step 2 down" }).click();
  await expect(page.getByRole("group", { name: "Step 2" }).getByRole("textbox", { name: "Slide title (en)" })).toHaveValue("Think it over");

  // A step with no entry chosen is refused beside its field, and nothing typed is lost.
  await page.getByRole("button", { name: "Add an entry step" }).click();
  await page.getByRole("button", { name: "Save tour" }).click();
  await expect(page.getByRole("group", { name: "Step 4" }).getByText("Fill in this field")).toBeVisible();
  await page.getByRole("button", { name: "Remove step 4" }).click();

  await page.getByRole("button", { name: "Save tour" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The tour was created." })).toBeVisible();
  const studentLink = await page.getByRole("link", { name: "the tour, as students see it" }).getAttribute("href");
  expect(studentLink).toMatch(/^\/en\/tours\/e2e-three-memorials\?t=[A-Za-z0-9_-]{43}$/);

  await page.getByRole("link", { name: "Present" }).click();
  await expect(page).toHaveURL(/\/en\/tours\/e2e-three-memorials\/present\?step=1$/);
  await expect(page.getByText("Step 1 of 3")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mamayev Kurgan");
  await expect(page.locator("[data-map-view]")).toHaveAttribute("data-map-view", /^48\.74\d,44\.53\d,9$/);
  await expect(page.locator("[data-timeline-window]")).not.toHaveAttribute("data-timeline-window", "");
  let shown = await shownViews(page);

  await page.keyboard.press("PageDown");
  await expect(page.getByText("Step 2 of 3")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Think it over" })).toBeVisible();
  await expect(page).toHaveURL(/step=2$/);
  shown = await expectBothMoved(page, shown);
  expect(shown.map).toMatch(/^56\.21\d,34\.26\d,8$/);

  // A reload stays on step 2, with its own view.
  await page.reload();
  await expect(page.getByText("Step 2 of 3")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Think it over" })).toBeVisible();
  await expect(page.locator("[data-map-view]")).toHaveAttribute("data-map-view", /^56\.21\d,34\.26\d,8$/);
  shown = await shownViews(page);

  await page.keyboard.press("ArrowRight");
  await expect(page.getByText("Step 3 of 3")).toBeVisible();
  shown = await expectBothMoved(page, shown);
  expect(shown.map).toMatch(/^59\.99\d,30\.42\d,10$/);
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByText("Step 2 of 3")).toBeVisible();
  await page.keyboard.press("Home");
  await expect(page.getByText("Step 1 of 3")).toBeVisible();
  await page.keyboard.press(" ");
  await expect(page.getByText("Step 2 of 3")).toBeVisible();
  await page.keyboard.press("End");
  await expect(page.getByText("Step 3 of 3")).toBeVisible();
  await page.keyboard.press("PageUp");
  await expect(page.getByText("Step 2 of 3")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("heading", { level: 1, name: "Three memorials" })).toBeVisible();

  // A student opens the shared link on a phone, signed out: the whole tour reads without sideways scrolling.
  const phone = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  const student = await phone.newPage();
  await student.goto(studentLink!);
  await expect(student.getByRole("heading", { level: 1, name: "Three memorials" })).toBeVisible();
  await expect(student.getByRole("heading", { level: 3 })).toHaveCount(3);
  await expect(student.getByText("Why here?")).toBeVisible();
  expect(await student.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // Without the token the draft is not there at all.
  const refused = await student.goto("/en/tours/e2e-three-memorials");
  expect(refused?.status()).toBe(404);
  await phone.close();
});

test("a teacher adds the explorer's selected entry to a new tour with the view it was seen in; visitors see no such button", async ({
  browser,
  page,
}) => {
  const view = "entry=mamayev-kurgan&lat=48.7422&lng=44.5369&z=8&from=1942-01-01&to=1943-12-31";
  await page.goto(`/en?${view}`);
  await expect(page.getByRole("heading", { level: 2, name: /Mamayev Kurgan/ })).toBeVisible();
  await expect(page.getByText("Add to tour")).toHaveCount(0);

  const teacher = await staffPage(browser, TEACHER);
  await teacher.goto(`/en?${view}`);
  await teacher.getByText("Add to tour").click();
  await teacher.getByRole("combobox", { name: "Tour" }).selectOption({ label: "A new tour" });
  await teacher.getByRole("textbox", { name: "Title of the new tour" }).fill("Added from the explorer");
  // The explorer brings the selected entry into the timeline: what is added is the view its address holds now.
  const address = new URL(teacher.url()).searchParams;
  const [from, lat] = [address.get("from"), address.get("lat")];
  expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(lat).toMatch(/^-?\d+\.\d+$/);
  await teacher.getByRole("button", { name: "Add this entry" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Added to Added from the explorer as step 1." })).toBeVisible();
  await teacher.getByRole("link", { name: "Open the tour" }).click();
  const step = teacher.getByRole("group", { name: "Step 1" });
  await expect(step.getByRole("combobox", { name: "Entry" })).toHaveValue("mamayev-kurgan");
  await expect(step.getByRole("textbox", { name: "Map centre latitude" })).toHaveValue(String(Number(lat)));
  await expect(step.getByRole("textbox", { name: "Timeline from (YYYY-MM-DD)" })).toHaveValue(from!);
});

test.describe("the featured tour", () => {
  test("is listed for visitors and presents with nothing axe rates serious", async ({ page }) => {
    await page.goto("/ru/tours/from-rzhev-to-the-great-memorials");
    await expect(page.getByRole("heading", { level: 1, name: "От Ржевской битвы к великим мемориалам" })).toBeVisible();
    await page.goto("/en/tours/from-rzhev-to-the-great-memorials/present?step=2");
    await expect(page.getByText("Step 2 of 7")).toBeVisible();
    await expect(page.locator("[data-map-view]")).not.toHaveAttribute("data-map-view", "");
    await expect(page.locator(".vis-timeline")).toBeVisible();
    const narrative = page.locator(".present-narrative");
    expect(Number.parseFloat(await narrative.evaluate((p) => getComputedStyle(p).fontSize))).toBeGreaterThanOrEqual(28);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
