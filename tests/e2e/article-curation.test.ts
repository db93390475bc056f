import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { CURATOR, EDITOR, staffPage } from "./staff";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

async function createDraftByApi(page: Page, slug: string, title: string): Promise<void> {
  const created = await page.request.post("/api/v1/admin/articles", {
    data: {
      slug,
      publisher: "Test Gazette",
      translations: { en: { title, body: "The first text." } },
      mentions: [{ entrySlug: "rzhev-memorial" }],
    },
  });
  expect(created.status()).toBe(201);
}

test("an editor writes an article about the Rzhev Memorial, a curator publishes it, and visitors read it with no script run", async ({
  browser,
  page,
}) => {
  const slug = `test-article-${unique()}`;
  const title = `Bronze soldier rises over Rzhev ${slug}`;
  const editor = await staffPage(browser, EDITOR);
  await editor.getByRole("link", { name: "Articles" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  await editor.getByRole("link", { name: "New article" }).click();

  await editor.getByRole("textbox", { name: "Address name (slug)" }).fill(slug);
  await editor.getByRole("textbox", { name: "Publisher" }).fill("Tver Herald");
  await editor.getByRole("textbox", { name: "Title (en)" }).fill(title);
  await editor.getByRole("textbox", { name: "Excerpt (en)" }).fill("The central figure is in place.");
  const body = `<p>The central figure stands.</p><script>window.__articleScriptRan = true</script><img src="/x.png" onerror="window.__articleScriptRan = true"><p>Second <em>paragraph</em>.</p>`;
  await editor.getByRole("textbox", { name: "Body (en)" }).fill(body);
  await editor.getByRole("textbox", { name: "Title (ru)" }).fill("Бронзовый солдат над Ржевом");
  // Bad input first: field errors, and nothing typed is lost.
  await editor.getByRole("textbox", { name: "Original address (URL)" }).fill("javascript:alert(1)");
  await editor.getByRole("textbox", { name: "Publication date" }).fill("sometime in 2020");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByRole("main").getByRole("alert")).toHaveText("Please correct the marked fields.");
  await expect(editor.getByRole("textbox", { name: "Original address (URL)" })).toHaveAttribute("aria-invalid", "true");
  await expect(editor.getByRole("textbox", { name: "Original address (URL)" })).toHaveAccessibleDescription(/http:\/\/ or https:\/\//);
  await expect(editor.getByRole("textbox", { name: "Publication date" })).toHaveAttribute("aria-invalid", "true");
  await expect(editor.getByRole("textbox", { name: "Title (en)" })).toHaveValue(title);
  await expect(editor.getByRole("textbox", { name: "Body (en)" })).toHaveValue(body);

  await editor.getByRole("textbox", { name: "Original address (URL)" }).fill("https://example.org/rzhev-figure");
  await editor.getByRole("textbox", { name: "Publication date" }).fill("2020-01-30");
  await expect(editor.getByText("Reads as: 30 January 2020")).toBeVisible();
  await editor.getByRole("combobox", { name: "Language of the original" }).selectOption({ label: "Russian" });

  // The Rzhev Memorial, with a note.
  const mentions = editor.getByRole("group", { name: "Entries the article is about" });
  await mentions.getByRole("combobox", { name: "Entry to mention" }).fill("Rzhev Memorial");
  await mentions.getByRole("option", { name: /^Rzhev Memorial to the Soviet Soldier/ }).click();
  await mentions.getByRole("button", { name: "Add mention" }).click();
  await mentions
    .getByRole("textbox", { name: "Note on Rzhev Memorial to the Soviet Soldier in English" })
    .fill("The subject of the report");

  // The preview is what will be stored: the script and the image are gone before anything is saved.
  const preview = editor.getByRole("region", { name: /Preview \(English\)/ });
  await preview.getByRole("button", { name: "Preview the English body" }).click();
  await expect(preview.getByText("The central figure stands.")).toBeVisible();
  await expect(preview.locator("script, img")).toHaveCount(0);

  // A slug already in use is refused by the server, beside the field, keeping everything typed.
  const slugBox = editor.getByRole("textbox", { name: "Address name (slug)" });
  await slugBox.fill("rzhev-memorial-central-figure-installation-begins");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(slugBox).toHaveAttribute("aria-invalid", "true");
  await expect(slugBox).toHaveAccessibleDescription(/is already taken/);
  await expect(slugBox).toBeFocused();
  await expect(mentions.getByRole("textbox", { name: "Note on Rzhev Memorial to the Soviet Soldier in English" })).toHaveValue(
    "The subject of the report",
  );
  await expect(editor.getByRole("textbox", { name: "Body (en)" })).toHaveValue(body);
  await slugBox.fill(slug);

  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Draft created." })).toBeVisible();
  await expect(editor.getByText("Status: Draft")).toBeVisible();
  await expect(editor.getByRole("region", { name: /Preview \(English\)/ }).getByText("Second paragraph.")).toBeVisible();
  await expect(editor.getByRole("textbox", { name: "Note on Rzhev Memorial to the Soviet Soldier in English" })).toHaveValue(
    "The subject of the report",
  );
  const stored = await editor.getByRole("textbox", { name: "Body (en)" }).inputValue();
  expect(stored).not.toMatch(/script|onerror|<img/i);

  // Not public while a draft.
  expect((await page.request.get(`/en/articles/${slug}`)).status()).toBe(404);

  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByText("Status: In review")).toBeVisible();
  await expect(editor.getByRole("button", { name: "Publish" })).toHaveCount(0);
  // The server refuses an editor's publishing too, not only the missing button.
  const forbidden = await editor.request.post("/api/v1/admin/articles", {
    data: { slug: `${slug}-x`, status: "published", translations: { en: { title: "No" } } },
  });
  expect(forbidden.status()).toBe(403);
  const move = await editor.request.post(`/api/v1/admin/articles/${slug}/status`, { data: { expectedVersion: 2, to: "published" } });
  expect(move.status()).toBe(403);
  expect((await move.json()).title).toBe("Forbidden");

  const curator = await staffPage(browser, CURATOR);
  await curator.goto("/en/admin/articles?status=in_review");
  const row = curator.getByRole("row").filter({ has: curator.getByRole("link", { name: title }) });
  await expect(row.getByRole("cell", { name: "Russian" })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Tver Herald" })).toBeVisible();
  await expect(row.getByRole("cell", { name: "1", exact: true })).toBeVisible();
  await row.getByRole("link", { name: title }).click();
  await curator.getByRole("button", { name: "Publish" }).click();
  await curator.getByRole("dialog", { name: "Publish this article?" }).getByRole("button", { name: "Publish now" }).click();
  await expect(curator.getByText("Status: Published")).toBeVisible();

  // A visitor reads it; nothing from the body ran.
  await page.addInitScript(() => Object.assign(window, { __articleScriptRan: false }));
  await page.goto(`/en/articles/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("The central figure stands.")).toBeVisible();
  await expect(page.locator(".article-body script, .article-body img")).toHaveCount(0);
  await expect(page.getByText("Tver Herald · 30 January 2020")).toBeVisible();
  const inArticle = page.getByRole("region", { name: "Entries in this article" });
  await expect(
    inArticle
      .getByRole("listitem")
      .filter({ hasText: "The subject of the report" })
      .getByRole("link", { name: "Rzhev Memorial to the Soviet Soldier" }),
  ).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __articleScriptRan: boolean }).__articleScriptRan)).toBe(false);

  await page.goto("/en/entries/rzhev-memorial");
  await page.getByRole("region", { name: "Articles" }).getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/en/articles/${slug}$`));
  expect(await page.evaluate(() => (window as unknown as { __articleScriptRan: boolean }).__articleScriptRan)).toBe(false);
});

test("two people editing one article: the second save is refused with what changed and keeps the text; a curator restores a revision", async ({
  browser,
}) => {
  const slug = `conflict-article-${unique()}`;
  const first = await staffPage(browser, EDITOR);
  await createDraftByApi(first, slug, "Article in two hands");
  const second = await staffPage(browser, CURATOR);
  await first.goto(`/en/admin/articles/${slug}`);
  await second.goto(`/en/admin/articles/${slug}`);

  await first.getByRole("textbox", { name: "Excerpt (en)" }).fill("The first editor's excerpt.");
  await first.getByRole("button", { name: "Save" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Saved (version 2)." })).toBeVisible();

  await second.getByRole("textbox", { name: "Excerpt (en)" }).fill("The second editor's excerpt.");
  await second.getByRole("button", { name: "Save" }).click();
  const conflict = second.getByRole("main").getByRole("alert");
  await expect(conflict).toContainText("Someone else saved this article while you were editing it (now version 2)");
  await expect(conflict.getByRole("row").filter({ hasText: "Excerpt (English)" })).toContainText("The first editor's excerpt.");
  await expect(second.getByRole("textbox", { name: "Excerpt (en)" })).toHaveValue("The second editor's excerpt.");
  // Saving again, knowingly, replaces it.
  await second.getByRole("button", { name: "Save" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Saved (version 3)." })).toBeVisible();

  await second.getByRole("link", { name: "History" }).click();
  await expect(second.getByRole("heading", { level: 2, name: /Version 3: edited · curator@demo\.invalid/ })).toBeVisible();
  await expect(second.getByRole("heading", { level: 2, name: /Version 1: created · editor@demo\.invalid/ })).toBeVisible();
  await expect(second.getByRole("cell", { name: "The second editor's excerpt." })).toBeVisible();
  await second.getByRole("button", { name: "Restore version 1" }).click();
  await expect(second.getByRole("heading", { level: 2, name: /Version 4: restored/ })).toBeVisible();
  await second.getByRole("link", { name: /^Edit / }).click();
  await expect(second.getByRole("textbox", { name: "Excerpt (en)" })).toHaveValue("");

  // The editor is offered no restoring.
  await first.goto(`/en/admin/articles/${slug}/history`);
  await expect(first.getByRole("heading", { level: 2, name: /Version 4: restored/ })).toBeVisible();
  await expect(first.getByRole("button", { name: /Restore/ })).toHaveCount(0);
});

test("a curator deletes an article after confirming; an editor may not, by page or API", async ({ browser, request }) => {
  const slug = `delete-article-${unique()}`;
  const editor = await staffPage(browser, EDITOR);
  await createDraftByApi(editor, slug, "An article to delete");
  await editor.goto(`/en/admin/articles/${slug}`);
  await expect(editor.getByRole("button", { name: "Delete this article" })).toHaveCount(0);
  expect((await editor.request.delete(`/api/v1/admin/articles/${slug}?expectedVersion=1`)).status()).toBe(403);
  // A change based on an old version is refused through the API as well.
  const stale = await editor.request.put(`/api/v1/admin/articles/${slug}`, {
    data: { expectedVersion: 7, article: { slug, language: "en", translations: { en: { title: "Stale" } } } },
  });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).current.translations.en.title).toBe("An article to delete");

  const curator = await staffPage(browser, CURATOR);
  await curator.goto(`/en/admin/articles/${slug}`);
  // Meanwhile the editor gives it a new address: the editor's page follows it.
  const renamed = `${slug}-renamed`;
  await editor.getByRole("textbox", { name: "Address name (slug)" }).fill(renamed);
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor).toHaveURL(new RegExp(`/en/admin/articles/${renamed}\\?saved=2$`));
  await expect(editor.getByRole("main").getByRole("status")).toHaveText("Saved (version 2).");

  // The curator's page still shows version 1: deleting it is refused and nothing is lost.
  await curator.getByRole("checkbox", { name: /I understand the article/ }).check();
  await curator.getByRole("button", { name: "Delete this article" }).click();
  await expect(curator.getByRole("main").getByRole("alert")).toContainText("Nothing was deleted");
  await expect(curator).toHaveURL(new RegExp(`/en/admin/articles/${renamed}\\?stale=1$`));

  await curator.getByRole("button", { name: "Delete this article" }).click();
  // The confirmation is required: nothing happens without it.
  await expect(curator.getByRole("heading", { level: 1, name: "Edit An article to delete" })).toBeVisible();
  await curator.getByRole("checkbox", { name: /I understand the article/ }).check();
  await curator.getByRole("button", { name: "Delete this article" }).click();
  await expect(curator.getByRole("main").getByRole("status")).toHaveText(`The article ${renamed} was deleted.`);
  await expect(curator.getByRole("link", { name: "An article to delete" })).toHaveCount(0);
  expect((await request.get(`/en/articles/${renamed}`)).status()).toBe(404);
  expect((await curator.request.get(`/api/v1/admin/articles/${renamed}`)).status()).toBe(404);
});

test("the article list, editor (with its errors shown) and history pass axe in both languages", async ({ browser }) => {
  test.setTimeout(60_000);
  const curator = await staffPage(browser, CURATOR);
  const labels = { en: { title: "Title (en)", save: "Save" }, ru: { title: "Заголовок (en)", save: "Сохранить" } };
  for (const locale of ["en", "ru"] as const) {
    await curator.goto(`/${locale}/admin/articles`);
    await expect(curator.getByRole("table")).toBeVisible();
    expect(await seriousViolations(curator)).toEqual([]);
    await curator.goto(`/${locale}/admin/articles/rzhev-memorial-central-figure-installation-begins`);
    const title = curator.getByRole("textbox", { name: labels[locale].title });
    await title.fill("");
    await curator.getByRole("button", { name: labels[locale].save, exact: true }).click();
    await expect(title).toHaveAttribute("aria-invalid", "true");
    await expect(title).toBeFocused();
    expect(await seriousViolations(curator)).toEqual([]);
    await curator.goto(`/${locale}/admin/articles/rzhev-memorial-central-figure-installation-begins/history`);
    await expect(curator.getByRole("heading", { level: 2 }).first()).toBeVisible();
    expect(await seriousViolations(curator)).toEqual([]);
  }
});
