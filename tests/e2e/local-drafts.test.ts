import type { BrowserContext, Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { CURATOR, EDITOR, staffPage } from "./staff";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/** Waits until this browser has kept the typed text (it keeps after a short pause in typing). */
async function expectKept(page: Page, text: string): Promise<void> {
  await expect
    .poll(() => page.evaluate((wanted) => Object.values(window.localStorage).some((value) => value.includes(wanted)), text))
    .toBe(true);
}

/** The same person's next tab, as after closing the first one (or the browser crashing with it). */
async function reopen(context: BrowserContext, page: Page, path: string): Promise<Page> {
  await page.close();
  const next = await context.newPage();
  await next.goto(path);
  return next;
}

/** The drafts this browser keeps for anyone, by their storage key. */
function keptDrafts(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("memorial-draft:")));
}

/** Signs in on the sign-in form of the page's own browser, as the next person at a shared computer would. */
async function signInHere(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto("/en/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Curation" })).toBeVisible();
}

/** Creates an entry with a saved English summary ("The saved summary.") and opens its editor. */
async function openSavedEntry(page: Page, slug: string): Promise<void> {
  const created = await page.request.post("/api/v1/admin/entries", {
    data: { slug, kind: "memorial", translations: { en: { title: `Memorial ${slug}`, summary: "The saved summary." }, ru: { title: "" } } },
  });
  expect(created.status()).toBe(201);
  await page.goto(`/en/admin/entries/${slug}`);
}

test("an entry's unsaved edits survive a closed tab: offered back with what differs, restored, saved, then no longer offered", async ({
  browser,
}) => {
  const slug = `local-draft-${unique()}`;
  const first = await staffPage(browser, EDITOR);
  await openSavedEntry(first, slug);
  await first.getByRole("textbox", { name: "Summary (en)" }).fill("Typed, never saved.");
  await expectKept(first, "Typed, never saved.");

  const page = await reopen(first.context(), first, `/en/admin/entries/${slug}`);
  const offer = page.getByRole("region", { name: "Unsaved changes kept in this browser" });
  await expect(offer).toBeVisible();
  const row = offer.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Summary (en)" }) });
  await expect(row.getByRole("cell").nth(0)).toHaveText("The saved summary.");
  await expect(row.getByRole("cell").nth(1)).toHaveText("Typed, never saved.");
  await expect(offer.getByRole("row")).toHaveCount(2);
  // Until restored, the form shows what was saved.
  await expect(page.getByRole("textbox", { name: "Summary (en)" })).toHaveValue("The saved summary.");
  expect(await seriousViolations(page)).toEqual([]);

  await offer.getByRole("button", { name: "Restore unsaved changes" }).click();
  await expect(offer).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Summary (en)" })).toHaveValue("Typed, never saved.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved (version 2)." })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("textbox", { name: "Summary (en)" })).toHaveValue("Typed, never saved.");
  await expect(page.getByRole("region", { name: "Unsaved changes kept in this browser" })).toHaveCount(0);
});

test("in Russian: an article's unsaved edits are offered back and can be discarded, and another person is not offered them", async ({
  browser,
}) => {
  const slug = `local-draft-article-${unique()}`;
  const first = await staffPage(browser, EDITOR);
  const created = await first.request.post("/api/v1/admin/articles", {
    data: { slug, publisher: "Test Gazette", translations: { en: { title: `Article ${slug}`, body: "The first text." } } },
  });
  expect(created.status()).toBe(201);
  await first.goto(`/ru/admin/articles/${slug}`);
  await first.getByRole("textbox", { name: "Краткое содержание (en)" }).fill("Несохранённое краткое содержание.");
  await expectKept(first, "Несохранённое краткое содержание.");

  const page = await reopen(first.context(), first, `/ru/admin/articles/${slug}`);
  const offer = page.getByRole("region", { name: "Несохранённые изменения в этом браузере" });
  await expect(offer.getByRole("row").filter({ hasText: "Краткое содержание (en)" })).toContainText("Несохранённое краткое содержание.");
  expect(await seriousViolations(page)).toEqual([]);
  await offer.getByRole("button", { name: "Удалить их" }).click();
  await expect(offer).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Краткое содержание (en)" })).toHaveValue("");
  await page.reload();
  await expect(page.getByRole("region", { name: "Несохранённые изменения в этом браузере" })).toHaveCount(0);

  // Kept per person: a curator signing in on the same browser is not offered the editor's work.
  await page.getByRole("textbox", { name: "Краткое содержание (en)" }).fill("Только для редактора.");
  await expectKept(page, "Только для редактора.");
  await page.context().clearCookies();
  await signInHere(page, CURATOR);
  await page.goto(`/ru/admin/articles/${slug}`);
  await expect(page.getByRole("textbox", { name: "Краткое содержание (en)" })).toHaveValue("");
  await expect(page.getByRole("region", { name: "Несохранённые изменения в этом браузере" })).toHaveCount(0);
});

test("a new tour's unsaved form is offered back in a new tab, restored and created, and then no longer offered", async ({ browser }) => {
  const slug = `local-draft-tour-${unique()}`;
  const first = await staffPage(browser, CURATOR);
  await first.goto("/en/admin/tours/new");
  await first.getByRole("textbox", { name: "Address (slug)" }).fill(slug);
  await first.getByRole("textbox", { name: "Title (en)" }).fill("A tour typed before a crash");
  await expectKept(first, "A tour typed before a crash");

  const page = await reopen(first.context(), first, "/en/admin/tours/new");
  const offer = page.getByRole("region", { name: "Unsaved changes kept in this browser" });
  await expect(offer.getByRole("row").filter({ hasText: "Title (en)" })).toContainText("A tour typed before a crash");
  await offer.getByRole("button", { name: "Restore unsaved changes" }).click();
  await expect(page.getByRole("textbox", { name: "Address (slug)" })).toHaveValue(slug);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/tours/${slug}`));

  await page.goto("/en/admin/tours/new");
  await expect(page.getByRole("textbox", { name: "Title (en)" })).toHaveValue("");
  await expect(page.getByRole("region", { name: "Unsaved changes kept in this browser" })).toHaveCount(0);
});

test("signing out leaves no unsaved work in this browser: signed in again, nothing is offered and nothing is kept", async ({ browser }) => {
  const slug = `local-draft-sign-out-${unique()}`;
  const page = await staffPage(browser, EDITOR);
  await openSavedEntry(page, slug);
  await page.getByRole("textbox", { name: "Summary (en)" }).fill("Typed on a shared computer.");
  await expectKept(page, "Typed on a shared computer.");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  expect(await keptDrafts(page)).toEqual([]);

  await signInHere(page, EDITOR);
  await page.goto(`/en/admin/entries/${slug}`);
  await expect(page.getByRole("textbox", { name: "Summary (en)" })).toHaveValue("The saved summary.");
  await expect(page.getByRole("region", { name: "Unsaved changes kept in this browser" })).toHaveCount(0);
  expect(await keptDrafts(page)).toEqual([]);
});

test("after a session ran out, the same person is offered their unsaved work again; someone else signing in instead leaves none of it in the browser", async ({
  browser,
}) => {
  const slug = `local-draft-expired-${unique()}`;
  const page = await staffPage(browser, EDITOR);
  await openSavedEntry(page, slug);
  await page.getByRole("textbox", { name: "Summary (en)" }).fill("Typed while the session ran out.");
  await expectKept(page, "Typed while the session ran out.");

  // The session ends without signing out (it expired): the editor signs in again and gets the work back.
  await page.context().clearCookies();
  await signInHere(page, EDITOR);
  await page.goto(`/en/admin/entries/${slug}`);
  const offer = page.getByRole("region", { name: "Unsaved changes kept in this browser" });
  await expect(offer.getByRole("row").filter({ hasText: "Summary (en)" })).toContainText("Typed while the session ran out.");

  // It ends again, and this time someone else signs in at the same browser.
  await page.context().clearCookies();
  await signInHere(page, CURATOR);
  expect(await keptDrafts(page)).toEqual([]);
  await page.goto(`/en/admin/entries/${slug}`);
  await expect(page.getByRole("region", { name: "Unsaved changes kept in this browser" })).toHaveCount(0);
});
