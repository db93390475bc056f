import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { CURATOR, EDITOR, staffPage } from "./staff";

test("an editor drafts a memorial on the map, a curator publishes it, and visitors find it everywhere", async ({ browser, page }) => {
  // Two staff sessions and a dozen pages: 25 s alone on a quiet 2-core machine, so 30 s was a coin toss in a full run.
  test.setTimeout(90_000);
  const slug = `test-memorial-${Date.now().toString(36)}`;
  const editor = await staffPage(browser, EDITOR);
  await editor.getByRole("link", { name: "Entries" }).click();
  await editor.getByRole("link", { name: "New entry" }).click();

  await editor.getByRole("textbox", { name: "Address name (slug)" }).fill(slug);
  // Bad input first: field errors, and nothing typed is lost.
  await editor.getByRole("textbox", { name: "Title (en)" }).fill("Memorial to the Defenders of the Test Hill");
  await editor.getByRole("textbox", { name: "Date" }).fill("June 1943 maybe");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByRole("main").getByRole("alert")).toHaveText("Please correct the marked fields.");
  await expect(editor.getByRole("textbox", { name: "Date" })).toHaveAttribute("aria-invalid", "true");
  await expect(editor.getByRole("textbox", { name: "Title (en)" })).toHaveValue("Memorial to the Defenders of the Test Hill");

  await editor.getByRole("textbox", { name: "Date" }).fill("1985-06");
  await expect(editor.getByText("Reads as: June 1985")).toBeVisible();
  // Place it with the map picker: the coordinate fields follow the click.
  await editor.getByTestId("location-picker").click({ position: { x: 200, y: 120 } });
  await expect(editor.getByRole("textbox", { name: "Latitude" })).not.toHaveValue("");
  const latitude = Number(await editor.getByRole("textbox", { name: "Latitude" }).inputValue());
  const longitude = Number(await editor.getByRole("textbox", { name: "Longitude" }).inputValue());
  // Then type the exact point, as a curator with a source would.
  await editor.getByRole("textbox", { name: "Latitude" }).fill("55.1");
  await editor.getByRole("textbox", { name: "Longitude" }).fill("36.6");
  expect(Number.isFinite(latitude) && Number.isFinite(longitude)).toBe(true);
  await editor.getByRole("textbox", { name: "Title (ru)" }).fill("Мемориал защитникам Тестовой высоты");

  // Links of two types, chosen by slug from the searchable list; a link to itself is refused, then removed.
  const links = editor.getByRole("group", { name: "Links to other entries" });
  await links.getByRole("button", { name: "Add a link" }).click();
  const first = links.getByRole("group", { name: "Link 1", exact: true });
  await expect(first.getByRole("combobox", { name: "Type of link" })).toBeFocused();
  await first.getByRole("combobox", { name: "Type of link" }).selectOption({ label: "Comparable monument" });
  await first.getByRole("combobox", { name: "Linked entry" }).fill("rzhev-memorial");
  await expect(first.getByText("Links to: Rzhev Memorial to the Soviet Soldier")).toBeVisible();
  await links.getByRole("button", { name: "Add a link" }).click();
  const second = links.getByRole("group", { name: "Link 2", exact: true });
  await second.getByRole("combobox", { name: "Type of link" }).selectOption({ label: "Commemorates" });
  await second.getByRole("combobox", { name: "Linked entry" }).fill("battles-of-rzhev");
  await second.getByRole("textbox", { name: "Note on the link in English" }).fill("The soldiers who fell near Rzhev");
  await links.getByRole("button", { name: "Add a link" }).click();
  const third = links.getByRole("group", { name: "Link 3", exact: true });
  await third.getByRole("combobox", { name: "Type of link" }).selectOption({ label: "Part of" });
  await third.getByRole("combobox", { name: "Linked entry" }).fill(slug);

  // A new source, cited for the date.
  const sources = editor.getByRole("group", { name: "Sources", exact: true });
  await sources.getByRole("button", { name: "Add a source" }).click();
  const citation = sources.getByRole("group", { name: "Citation 1", exact: true });
  await citation.getByRole("textbox", { name: "Title of the new source" }).fill("Test Hill memorial opening notice");
  await citation.getByRole("textbox", { name: "Web address" }).fill("ftp://archive.example.org/test-hill");
  await citation.getByRole("textbox", { name: "Publisher" }).fill("Test Hill district archive");
  await citation.getByLabel("Read on").fill("2024-05-01");
  await citation.getByRole("combobox", { name: "Supports the entry's" }).selectOption({ label: "date" });
  await citation.getByRole("textbox", { name: "Note on the citation in English" }).fill("Opening in June 1985");

  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByRole("main").getByRole("alert")).toHaveText("Please correct the marked fields.");
  await expect(third.getByRole("combobox", { name: "Linked entry" })).toHaveAttribute("aria-invalid", "true");
  await expect(third.getByText("An entry cannot be linked to itself")).toBeVisible();
  await expect(citation.getByRole("textbox", { name: "Web address" })).toHaveAttribute("aria-invalid", "true");
  await third.getByRole("button", { name: "Remove link 3" }).click();
  await expect(links.getByRole("group", { name: "Link 3", exact: true })).toHaveCount(0);
  await expect(links.getByRole("button", { name: "Add a link" })).toBeFocused();
  await citation.getByRole("textbox", { name: "Web address" }).fill("https://archive.example.org/test-hill");

  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Draft created." })).toBeVisible();
  await expect(editor.getByText("Status: Draft")).toBeVisible();
  // Saved as typed: the links, and the new source now chosen from the list like any other.
  await expect(links.getByRole("group", { name: "Link 2", exact: true }).getByRole("combobox", { name: "Linked entry" })).toHaveValue(
    "battles-of-rzhev",
  );
  const savedCitation = sources.getByRole("group", { name: "Citation 1", exact: true });
  await expect(savedCitation.getByRole("combobox", { name: "Source" })).not.toHaveValue("");
  await expect(savedCitation.getByText("Cites: Test Hill memorial opening notice · Test Hill district archive")).toBeVisible();

  // Not public while a draft.
  expect((await page.request.get(`/en/entries/${slug}`)).status()).toBe(404);

  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByText("Status: In review")).toBeVisible();
  await expect(editor.getByRole("button", { name: "Publish" })).toHaveCount(0);

  const curator = await staffPage(browser, CURATOR);
  await curator.goto("/en/admin/entries?status=in_review");
  await curator.getByRole("link", { name: "Memorial to the Defenders of the Test Hill" }).click();
  // Going live asks first and says what changes; cancelling changes nothing.
  await curator.getByRole("button", { name: "Publish" }).click();
  const ask = curator.getByRole("dialog", { name: "Publish this entry?" });
  await expect(ask).toContainText("It goes on the public site at once");
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(ask).toBeHidden();
  await expect(curator.getByText("Status: In review")).toBeVisible();
  await curator.getByRole("button", { name: "Publish" }).click();
  await ask.getByRole("button", { name: "Publish now" }).click();
  await expect(curator.getByText("Status: Published")).toBeVisible();

  // A visitor finds it on the map, on the timeline and on the Rzhev page.
  await page.goto(`/en/?lat=55.1&lng=36.6&z=7`);
  await expect(
    page
      .getByRole("region", { name: "Map of entries" })
      .getByRole("button", { name: "Memorial to the Defenders of the Test Hill", exact: true }),
  ).toBeVisible();
  await page.goto(`/en/?entry=${slug}`);
  await expect(page.locator(".vis-item", { hasText: "Memorial to the Defenders of the Test Hill" })).toHaveClass(/vis-selected/);
  await page.goto("/en/entries/rzhev-memorial");
  await expect(
    page.getByRole("region", { name: "Linked entries" }).getByRole("link", { name: "Memorial to the Defenders of the Test Hill" }),
  ).toBeVisible();
  await page.goto(`/en/entries/${slug}`);
  await expect(page.getByRole("definition").filter({ hasText: "June 1985" })).toBeVisible();
  const linked = page.getByRole("region", { name: "Linked entries" });
  await expect(linked.getByRole("heading", { name: "Commemorates" })).toBeVisible();
  await expect(
    linked.getByRole("listitem").filter({ hasText: "The soldiers who fell near Rzhev" }).getByRole("link", { name: "Battles of Rzhev" }),
  ).toBeVisible();
  await expect(linked.getByRole("link", { name: "Rzhev Memorial to the Soviet Soldier" })).toBeVisible();
  const source = page
    .getByRole("region", { name: "Sources" })
    .getByRole("listitem")
    .filter({ hasText: "Test Hill memorial opening notice" });
  await expect(source.getByRole("link", { name: "Test Hill memorial opening notice" })).toHaveAttribute(
    "href",
    "https://archive.example.org/test-hill",
  );
  await expect(source).toContainText("supports: date");
  await expect(source).toContainText("Opening in June 1985");
  // The other end shows the link the other way round.
  await page.goto("/en/entries/battles-of-rzhev");
  await expect(
    page.getByRole("region", { name: "Linked entries" }).getByRole("link", { name: "Memorial to the Defenders of the Test Hill" }),
  ).toBeVisible();
});

test("links and sources through the API and on an existing entry: incoming links shown read-only, edits in the history", async ({
  browser,
}) => {
  const editor = await staffPage(browser, EDITOR);
  const slug = `linked-place-${Date.now().toString(36)}`;
  const title = `Linked place ${slug}`;
  const entry = {
    slug,
    kind: "place",
    translations: { en: { title }, ru: { title: "" } },
    relations: [{ type: "part_of", target: "battles-of-rzhev", note: { en: "A sector of the front", ru: "" } }],
    citations: [{ source: "tass-rzhev-liberation-80", field: "title" }],
  };
  const selfLink = await editor.request.post("/api/v1/admin/entries", {
    data: { ...entry, relations: [{ type: "part_of", target: slug }] },
  });
  expect(selfLink.status()).toBe(400);
  expect((await selfLink.json()).errors).toContainEqual({ path: "relations.0.target", message: "An entry cannot be linked to itself" });
  const unknown = await editor.request.post("/api/v1/admin/entries", {
    data: { ...entry, relations: [{ type: "part_of", target: "no-such-entry" }] },
  });
  expect(unknown.status()).toBe(422);
  expect((await unknown.json()).errors).toEqual([{ path: "relations.0.target", message: 'There is no entry "no-such-entry"' }]);
  expect((await editor.request.post("/api/v1/admin/entries", { data: entry })).status()).toBe(201);

  // The other end lists the link read-only, with the way to where it is edited.
  await editor.goto("/en/admin/entries/battles-of-rzhev");
  const incoming = editor.getByRole("region", { name: "Links made from other entries" });
  await expect(incoming.getByRole("listitem").filter({ hasText: `Includes: ${title}` })).toContainText("A sector of the front");
  await incoming.getByRole("link", { name: `Edit on ${title}` }).click();
  await expect(editor.getByRole("heading", { level: 1, name: `Edit ${title}` })).toBeVisible();

  const links = editor.getByRole("group", { name: "Links to other entries" });
  const first = links.getByRole("group", { name: "Link 1", exact: true });
  await expect(first.getByRole("combobox", { name: "Type of link" })).toHaveValue("part_of");
  await expect(first.getByRole("combobox", { name: "Linked entry" })).toHaveValue("battles-of-rzhev");
  await expect(first.getByText("Links to: Battles of Rzhev")).toBeVisible();
  const citation = editor.getByRole("group", { name: "Citation 1", exact: true });
  await expect(citation.getByRole("combobox", { name: "Source" })).toHaveValue("tass-rzhev-liberation-80");
  await expect(citation.getByRole("combobox", { name: "Supports the entry's" })).toHaveValue("title");

  const axe = await new AxeBuilder({ page: editor })
    .include("form.entry-editor")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await links.getByRole("button", { name: "Add a link" }).click();
  const second = links.getByRole("group", { name: "Link 2", exact: true });
  await second.getByRole("combobox", { name: "Type of link" }).selectOption({ label: "Related" });
  await second.getByRole("combobox", { name: "Linked entry" }).fill("rzhev");
  await citation.getByRole("button", { name: "Remove citation 1" }).click();
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Saved (version 2)." })).toBeVisible();
  await expect(editor.getByText("No sources cited yet.")).toBeVisible();

  await editor.getByRole("link", { name: "History" }).click();
  const latest = editor.getByRole("region", { name: /Version 2/ });
  await expect(latest.getByRole("row", { name: /^Links: Related/ })).toContainText("rzhev");
  await expect(latest.getByRole("row", { name: /^Sources: name/ })).toContainText("tass-rzhev-liberation-80");

  // The same editor in Russian.
  await editor.goto(`/ru/admin/entries/${slug}`);
  await expect(
    editor.getByRole("group", { name: "Связи с другими записями" }).getByRole("group", { name: "Связь 2", exact: true }),
  ).toBeVisible();
  await expect(editor.getByRole("button", { name: "Добавить источник" })).toBeVisible();
});

test("two people editing one entry: the second save is refused and keeps the text; a curator restores a revision", async ({ browser }) => {
  // The entry is published, so both are curators (in two browsers of their own).
  const first = await staffPage(browser, CURATOR);
  const second = await staffPage(browser, CURATOR);
  await first.goto("/en/admin/entries/salaspils-memorial");
  await second.goto("/en/admin/entries/salaspils-memorial");

  await first.getByRole("textbox", { name: "Summary (en)" }).fill("First editor's summary.");
  await first.getByRole("button", { name: "Save" }).click();
  await expect(first.getByRole("status").filter({ hasText: /Saved \(version/ })).toBeVisible();

  await second.getByRole("textbox", { name: "Summary (en)" }).fill("Second editor's summary.");
  await second.getByRole("button", { name: "Save" }).click();
  const conflict = second.getByRole("main").getByRole("alert");
  await expect(conflict).toContainText("Someone else saved this entry while you were editing it");
  await expect(conflict).toContainText("First editor's summary.");
  await expect(second.getByRole("textbox", { name: "Summary (en)" })).toHaveValue("Second editor's summary.");
  // Saving again, knowingly, replaces it.
  await second.getByRole("button", { name: "Save" }).click();
  await expect(second.getByRole("status").filter({ hasText: /Saved \(version/ })).toBeVisible();

  await second.getByRole("link", { name: "History" }).click();
  await expect(second.getByRole("cell", { name: "Second editor's summary." })).toBeVisible();
  await second
    .getByRole("button", { name: /Restore version/ })
    .last()
    .click();
  // The entry is published: restoring changes its public page at once, so it asks first.
  await second
    .getByRole("dialog", { name: /^Restore version \d+\?$/ })
    .getByRole("button", { name: "Restore now" })
    .click();
  await expect(second.getByRole("heading", { level: 2, name: /restored/ }).first()).toBeVisible();
  const publicPage = await browser.newPage();
  await publicPage.goto("/en/entries/salaspils-memorial");
  await expect(publicPage.getByText("Second editor's summary.")).toHaveCount(0);
  await expect(publicPage.getByText("First editor's summary.")).toHaveCount(0);
});

test("an editor's save does not change a published entry: told so up front, kept as a proposal, and the typed text stays", async ({
  browser,
}) => {
  const editor = await staffPage(browser, EDITOR);
  await editor.goto("/en/admin/entries/victory-park-poklonnaya-gora");
  await expect(editor.getByText("your saves are proposed to a curator").first()).toBeVisible();
  await editor.getByRole("textbox", { name: "Summary (en)" }).fill("An editor's unreviewed change.");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByRole("main").getByRole("status").filter({ hasText: "Proposed for review" })).toBeVisible();
  await expect(editor.getByRole("textbox", { name: "Summary (en)" })).toHaveValue("An editor's unreviewed change.");
  const publicPage = await browser.newPage();
  await publicPage.goto("/en/entries/victory-park-poklonnaya-gora");
  await expect(publicPage.getByText("An editor's unreviewed change.")).toHaveCount(0);
});

test("an editor is offered no publishing, archiving or restoring", async ({ browser }) => {
  const editor = await staffPage(browser, EDITOR);
  await editor.goto("/en/admin/entries/mamayev-kurgan");
  await expect(editor.getByRole("button", { name: "Archive" })).toHaveCount(0);
  await expect(editor.getByRole("button", { name: /Restore/ })).toHaveCount(0);
});

test("a curator deletes an entry after confirming; an editor is not offered it", async ({ browser, request }) => {
  const editor = await staffPage(browser, EDITOR);
  const slug = `to-delete-${Date.now().toString(36)}`;
  const created = await editor.request.post("/api/v1/admin/entries", {
    data: { slug, kind: "place", translations: { en: { title: "A place to delete" }, ru: { title: "" } } },
  });
  expect(created.status()).toBe(201);
  await editor.goto(`/en/admin/entries/${slug}`);
  await expect(editor.getByRole("button", { name: "Delete this entry" })).toHaveCount(0);

  const curator = await staffPage(browser, CURATOR);
  await curator.goto(`/en/admin/entries/${slug}`);
  await curator.getByRole("checkbox", { name: /I understand the entry/ }).check();
  await curator.getByRole("button", { name: "Delete this entry" }).click();
  // The editor has other live regions (the place search's and the point check's): the one that names the entry.
  await expect(curator.getByRole("status").filter({ hasText: slug })).toHaveText(`The entry ${slug} was deleted.`);
  expect((await request.get(`/en/entries/${slug}`)).status()).toBe(404);
  await curator.goto("/en/admin/entries");
  await expect(curator.getByRole("link", { name: "A place to delete" })).toHaveCount(0);
});
