import { cutNetwork, restoreNetwork } from "./cut-network";
import { expect, test } from "./fixtures";
import { solidPng } from "./png";
import { CURATOR, staffPage } from "./staff";

const ENTRY = "heroic-defenders-of-leningrad";
const ARTICLE = "rzhev-memorial-central-figure-installation-begins";
/** An entry no step shows: never saved with the tour. */
const UNSAVED = "brest-hero-fortress";

test("a saved tour's entry and article pages, their images and its handout open with the network cut; any other page is the app's offline page, in its language", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(300_000);
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const slug = `offline-pages-${run}`;
  const caption = `Offline test picture ${run}`;
  const title = `A tour kept whole ${run}`;

  // A curator puts an image on the entry and makes a draft tour of the entry and an article, shared by link.
  const curator = await staffPage(browser, CURATOR);
  const image = await curator.request.post("/api/v1/admin/media", {
    multipart: {
      file: { name: "offline.png", mimeType: "image/png", buffer: solidPng(40, 30, [200, 60, 40]) },
      entrySlug: ENTRY,
      caption_en: caption,
      credit: "E2E",
      licence: "CC0 1.0",
    },
  });
  expect(image.status(), await image.text()).toBe(201);
  const created = await curator.request.post("/api/v1/admin/tours", {
    data: {
      slug,
      shared: true,
      translations: { en: { title, introduction: "" }, ru: { title: `Экскурсия целиком ${run}`, introduction: "" } },
      steps: [
        { kind: "entry", entrySlug: ENTRY, texts: { en: { question: "Who is remembered here?" } } },
        { kind: "article", articleSlug: ARTICLE },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  await curator.goto(`/en/tours/${slug}`);
  const present = await curator.getByRole("link", { name: "Present" }).getAttribute("href");
  const token = new URL(present!, "http://localhost").searchParams.get("t");
  expect(token).toBeTruthy();
  await curator.context().close();

  // A teacher opens the shared link, reads what a save keeps, and saves it.
  const tourPage = `/en/tours/${slug}?t=${token}`;
  await page.goto(tourPage);
  const steps = page.locator(".tour-step-list");
  const entryLink = steps.getByRole("link").first();
  const articleLink = steps.getByRole("link").nth(1);
  const entryTitle = (await entryLink.textContent())!;
  const articleTitle = (await articleLink.textContent())!;
  await expect(
    page.getByText(/its page, presentation and handout, the 2 entry and article pages its steps link to, 1 image, and the map/),
  ).toBeVisible();
  await page.getByRole("button", { name: "Save for offline" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved for offline on / })).toBeVisible({ timeout: 120_000 });

  await cutNetwork(context);
  await page.goto(tourPage);
  await expect(page.getByRole("status").filter({ hasText: /^You are offline: this is the copy saved on / })).toBeVisible();

  // From the student view, the step's entry page, with its image…
  await entryLink.click();
  await expect(page).toHaveURL(new RegExp(`/en/entries/${ENTRY}$`));
  await expect(page.getByRole("heading", { level: 1, name: entryTitle })).toBeVisible();
  const picture = page.getByRole("img", { name: caption });
  await picture.scrollIntoViewIfNeeded();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);

  // …its article page, and the tour's handout.
  await page.goto(tourPage);
  await articleLink.click();
  await expect(page).toHaveURL(new RegExp(`/en/articles/${ARTICLE}$`));
  await expect(page.getByRole("heading", { level: 1, name: articleTitle })).toBeVisible();
  await page.goto(tourPage);
  await page.getByRole("link", { name: "Handout", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator(".handout-question")).toHaveText(["Who is remembered here?"]);

  // A page not saved: the app's own offline page, under the address asked for, listing the saved tour.
  await page.goto(`/en/entries/${UNSAVED}`);
  await expect(page).toHaveURL(new RegExp(`/en/entries/${UNSAVED}$`));
  await expect(page.getByRole("heading", { level: 1, name: "You are offline" })).toBeVisible();
  await expect(page.getByText("This page is not saved on this device, and it cannot be loaded without a connection.")).toBeVisible();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // A link followed inside the app (the router's fetch) ends there too.
  await page.getByRole("navigation").getByRole("link", { name: "Search" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You are offline" })).toBeVisible();

  await page.goto(`/ru/entries/${UNSAVED}`);
  await expect(page.getByRole("heading", { level: 1, name: "Нет подключения к интернету" })).toBeVisible();
  await expect(page.getByText("Эта страница не сохранена на этом устройстве, и без подключения её не открыть.")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");

  // Back online, the teacher removes the copy, and the worker and its caches go.
  await restoreNetwork(context);
  await page.goto(tourPage);
  await page.getByRole("button", { name: "Remove the saved copy" }).click();
  await expect(page.getByRole("button", { name: "Save for offline" })).toBeVisible();
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
