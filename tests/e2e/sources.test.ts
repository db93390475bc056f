import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { CURATOR, staffPage } from "./staff";

const unique = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);

/** An entry draft citing one new source, made through the admin API. */
async function entryCitingNewSource(page: import("@playwright/test").Page, title: string, url: string) {
  const slug = `cites-${unique()}`;
  const created = await page.request.post("/api/v1/admin/entries", {
    data: {
      slug,
      kind: "memorial",
      translations: { en: { title: `Memorial citing ${title}` }, ru: { title: `Памятник: ${title}` } },
      citations: [{ newSource: { title, url, publisher: "Test district archive" }, field: "title" }],
    },
  });
  expect(created.status()).toBe(201);
  return slug;
}

test("the entry editor ships only the sources the entry cites, not every source recorded", async ({ browser }) => {
  const curator = await staffPage(browser, CURATOR);
  const uncited = `Register page nobody else cites ${unique()}`;
  await entryCitingNewSource(curator, uncited, `https://register.example.org/${unique()}`);
  const cited = `Register page this entry cites ${unique()}`;
  const slug = await entryCitingNewSource(curator, cited, `https://register.example.org/${unique()}`);

  for (const path of ["/en/admin/entries/new", `/en/admin/entries/${slug}`]) {
    const html = await (await curator.request.get(path)).text();
    expect(html, path).not.toContain(uncited);
  }
  const html = await (await curator.request.get(`/en/admin/entries/${slug}`)).text();
  expect(html).toContain(cited);
});

/** A draft entry with no citations, made through the admin API. */
async function bareEntry(page: import("@playwright/test").Page) {
  const slug = `to-cite-${unique()}`;
  const created = await page.request.post("/api/v1/admin/entries", {
    data: { slug, kind: "memorial", translations: { en: { title: `Memorial ${slug}` }, ru: { title: `Памятник ${slug}` } } },
  });
  expect(created.status()).toBe(201);
  return slug;
}

test("a curator finds a recorded source by part of its title and cites it, from the keyboard", async ({ browser }) => {
  test.setTimeout(90_000);
  const curator = await staffPage(browser, CURATOR);
  const word = `Kurganregister${unique()}`;
  const title = `The ${word} of the district`;
  await entryCitingNewSource(curator, title, `https://register.example.org/${unique()}`);
  const slug = await bareEntry(curator);

  await curator.goto(`/en/admin/entries/${slug}`);
  const sources = curator.getByRole("group", { name: "Sources", exact: true });
  await sources.getByRole("button", { name: "Add a source" }).click();
  const citation = sources.getByRole("group", { name: "Citation 1", exact: true });
  const field = citation.getByRole("combobox", { name: "Source", exact: true });
  await expect(field).toBeFocused();
  // Empty: a new source is described below.
  await expect(citation.getByRole("textbox", { name: "Title of the new source" })).toBeVisible();
  await field.pressSequentially(word.toLowerCase().slice(0, 14));
  const list = citation.getByRole("listbox", { name: "Matching sources" });
  const option = list.getByRole("option", { name: new RegExp(`^${title} · Test district archive`) });
  await expect(option).toBeVisible();
  await expect(field).toHaveAttribute("aria-expanded", "true");
  await field.press("ArrowDown");
  await expect(list.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await expect(field).toHaveAttribute("aria-activedescendant", (await list.getByRole("option").first().getAttribute("id")) ?? "");
  expect(await seriousViolations(curator, "form.entry-editor")).toEqual([]);
  await field.press("Enter");
  await expect(list).toBeHidden();
  await expect(citation.getByText(`Cites: ${title} · Test district archive`)).toBeVisible();
  await expect(citation.getByRole("textbox", { name: "Title of the new source" })).toHaveCount(0);
  await citation.getByRole("combobox", { name: "Supports the entry's" }).selectOption({ label: "name" });
  await curator.getByRole("button", { name: "Save" }).click();
  await expect(curator.getByRole("status").filter({ hasText: /Saved \(version/ })).toBeVisible();

  // Opened again, the page names the cited source without a search, with the way to edit it.
  await curator.reload();
  const saved = curator.getByRole("group", { name: "Citation 1", exact: true });
  await expect(saved.getByText(`Cites: ${title} · Test district archive`)).toBeVisible();
  await saved.getByRole("link", { name: "Edit this source" }).click();
  await expect(curator.getByRole("heading", { level: 1, name: `Edit source: ${title}` })).toBeVisible();
  await expect(curator.getByRole("list").getByRole("link", { name: `Memorial ${slug}` })).toBeVisible();
});

test("в редакторе записи источник находится по части названия на русском", async ({ browser }) => {
  test.setTimeout(90_000);
  const curator = await staffPage(browser, CURATOR);
  const title = `Книга памяти района ${unique()}`;
  await entryCitingNewSource(curator, title, `https://kniga.example.org/${unique()}`);
  const slug = await bareEntry(curator);
  await curator.goto(`/ru/admin/entries/${slug}`);
  const links = curator.getByRole("group", { name: "Связи с другими записями" });
  await links.getByRole("button", { name: "Добавить связь" }).click();
  const link = links.getByRole("group", { name: "Связь 1", exact: true });
  const field = link.getByRole("combobox", { name: "Источник связи" });
  // Lower case finds the capitalised title.
  await field.fill(title.toLowerCase().split(" ").slice(0, 3).join(" ").slice(0, 12));
  const list = link.getByRole("listbox", { name: "Подходящие источники" });
  await expect(list.getByRole("option", { name: new RegExp(`^${title}`) })).toBeVisible();
  await list.getByRole("option", { name: new RegExp(`^${title}`) }).click();
  await expect(link.getByText(`Источник: ${title} · Test district archive`)).toBeVisible();
  await field.fill("zzqqxx-нет-такого");
  await expect(link.getByText("Нет источников по запросу «zzqqxx-нет-такого».")).toBeVisible();
  expect(await seriousViolations(curator, "form.entry-editor")).toEqual([]);
});

test("a curator renames an imported source from the list of sources, and the public entry page shows the new title", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const curator = await staffPage(browser, CURATOR);
  const address = `https://register.example.org/bare/${unique()}`;
  const slug = await entryCitingNewSource(curator, address, address);
  await curator.goto(`/en/admin/entries/${slug}`);
  await curator.getByRole("button", { name: "Publish" }).click();
  await curator.getByRole("dialog", { name: "Publish this entry?" }).getByRole("button", { name: "Publish now" }).click();
  await expect(curator.getByText("Status: Published")).toBeVisible();
  await page.goto(`/en/entries/${slug}`);
  await expect(page.getByRole("region", { name: "Sources" }).getByRole("link", { name: address })).toBeVisible();

  await curator.getByRole("link", { name: "Sources", exact: true }).click();
  await expect(curator.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
  await curator.getByRole("searchbox", { name: "Find a source" }).fill(address.split("/").at(-1)!);
  await curator.getByRole("checkbox", { name: "Only sources titled by their web address" }).check();
  await curator.getByRole("button", { name: "Show" }).click();
  const row = curator.getByRole("row").filter({ hasText: address });
  await expect(row).toContainText("titled by its address");
  await expect(row.getByRole("cell").nth(3)).toHaveText("1");
  expect(await seriousViolations(curator, "main")).toEqual([]);
  await row.getByRole("link", { name: address }).click();

  const form = curator.locator("form.source-edit-form");
  await form.getByRole("textbox", { name: "Title", exact: true }).fill("");
  await form.getByRole("textbox", { name: "Web address (http or https)" }).fill("ftp://register.example.org/x");
  await form.getByLabel("Read on (YYYY-MM-DD)").fill("");
  await form.getByRole("button", { name: "Save source" }).click();
  await expect(form.getByRole("alert")).toHaveText("Please correct the marked fields.");
  await expect(form.getByRole("textbox", { name: "Title", exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("textbox", { name: "Title", exact: true })).toBeFocused();
  await expect(form.getByRole("textbox", { name: "Web address (http or https)" })).toHaveAttribute("aria-invalid", "true");
  expect(await seriousViolations(curator, "main")).toEqual([]);

  const title = `Memorial register of the district, item ${unique()}`;
  await form.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await form.getByRole("textbox", { name: "Web address (http or https)" }).fill(address);
  await form.getByRole("combobox", { name: "Language of the title" }).selectOption({ label: "English" });
  await form.getByRole("textbox", { name: "Publisher" }).fill("District museum");
  await form.getByLabel("Read on (YYYY-MM-DD)").fill("2024-05-01");
  await form.getByRole("textbox", { name: "What the source is, in Russian" }).fill("Реестр районного музея");
  await form.getByRole("button", { name: "Save source" }).click();
  await expect(form.getByRole("status")).toHaveText("Source saved.");
  await expect(form.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);

  await page.goto(`/en/entries/${slug}`);
  await expect(page.getByRole("region", { name: "Sources" }).getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByRole("region", { name: "Sources" }).getByRole("link", { name: address })).toHaveCount(0);
  await page.goto(`/ru/entries/${slug}`);
  await expect(page.getByRole("region", { name: "Источники" }).getByRole("link", { name: title })).toHaveAttribute("lang", "en");
});

test("правка источника на русском: ошибки полей по-русски", async ({ browser }) => {
  const curator = await staffPage(browser, CURATOR);
  const title = `Архивная справка ${unique()}`;
  await entryCitingNewSource(curator, title, `https://archive.example.org/${unique()}`);
  await curator.goto(`/ru/admin/sources?q=${encodeURIComponent(title)}`);
  await curator.getByRole("link", { name: title }).click();
  await expect(curator.getByRole("heading", { level: 1, name: `Источник: ${title}` })).toBeVisible();
  const form = curator.locator("form.source-edit-form");
  const address = form.getByRole("textbox", { name: "Веб-адрес (http или https)" });
  await address.fill("archive.example.org/справка");
  await form.getByRole("button", { name: "Сохранить источник" }).click();
  await expect(form.getByRole("alert")).toHaveText("Исправьте отмеченные поля.");
  await expect(address).toHaveAttribute("aria-invalid", "true");
  await expect(address).toBeFocused();
  await expect(form.getByText("Укажите веб-адрес, начинающийся с http:// или https://")).toBeVisible();
  expect(await seriousViolations(curator, "main")).toEqual([]);
});

test("the citation picker's API answers staff only, at most the limit, and a problem for a bad query", async ({ browser, request }) => {
  const curator = await staffPage(browser, CURATOR);
  expect((await request.get("/api/v1/admin/source-options?q=register")).status()).toBe(401);
  const bad = await curator.request.get("/api/v1/admin/source-options?q=&limit=500");
  expect(bad.status()).toBe(400);
  expect(bad.headers()["content-type"]).toContain("application/problem+json");
  const paths = ((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path).sort();
  expect(paths).toEqual(["limit", "q"]);
  const found = await curator.request.get("/api/v1/admin/source-options?q=a&limit=3");
  expect(found.status()).toBe(200);
  expect(((await found.json()) as unknown[]).length).toBeLessThanOrEqual(3);
});
