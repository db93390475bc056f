import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { solidPng } from "./png";
import { CURATOR, EDITOR, staffPage } from "./staff";

const ENTRY = { slug: "mamayev-kurgan" };

/** Captions unique to this run, so that earlier runs against the same database cannot confuse the checks. */
const unique = (text: string) => `${text} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

const PUBLISHED_REFUSAL = "This is published (or archived): only a curator can change it.";

async function upload(page: Page, caption: string, entrySlug = ENTRY.slug): Promise<{ id: string; filePath: string; thumbPath: string }> {
  const response = await page.request.post("/api/v1/admin/media", {
    multipart: {
      file: { name: "library.png", mimeType: "image/png", buffer: solidPng(30, 20, [90, 60, 30]) },
      entrySlug,
      caption_en: caption,
      credit: "Library Tester",
      licence: "CC0 1.0",
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; filePath: string; thumbPath: string };
}

test("a curator edits a caption, reorders and deletes images; the public page follows and the deleted file is gone", async ({
  browser,
  request,
}) => {
  const curator = await staffPage(browser, CURATOR);
  const first = unique("Library first image");
  const second = unique("Library second image");
  const image = await upload(curator, first);
  await upload(curator, second);

  await curator.getByRole("navigation", { name: "Curation" }).getByRole("link", { name: "Images" }).click();
  await expect(curator.getByRole("heading", { level: 1, name: "Images" })).toBeVisible();
  const group = curator.getByRole("region", { name: "Mamayev Kurgan" });
  const card = group.getByRole("listitem").filter({ hasText: first });
  await expect(card).toContainText("Library Tester");
  await expect(card).toContainText("CC0 1.0");
  expect(await seriousViolations(curator)).toEqual([]);

  // The second image goes first, on the public page too.
  await group.getByRole("button", { name: `Move “${second}” earlier` }).click();
  await expect(
    group
      .getByRole("listitem")
      .filter({ hasText: second })
      .getByRole("button", { name: `Move “${second}” later` }),
  ).toBeVisible();
  await curator.goto(`/en/entries/${ENTRY.slug}`);
  const gallery = curator.getByRole("region", { name: "Images" });
  const captions = await gallery.getByRole("figure").allTextContents();
  expect(captions.findIndex((text) => text.includes(second))).toBeLessThan(captions.findIndex((text) => text.includes(first)));

  await curator.goto("/en/admin/media");
  await curator.getByRole("link", { name: `Edit the image “${first}”` }).click();
  await expect(curator.getByRole("heading", { level: 1, name: "Edit an image" })).toBeVisible();
  const edited = unique("Library caption, edited");
  await curator.getByRole("textbox", { name: "Caption in English" }).fill(edited);
  await curator.getByRole("textbox", { name: "Credit" }).fill("");
  await curator.getByRole("button", { name: "Save" }).click();
  // Refused in the browser with the upload's rule, the typed caption kept.
  await expect(curator.getByRole("main").getByRole("alert")).toHaveText("Please correct the marked fields.");
  await expect(curator.getByRole("textbox", { name: "Credit" })).toHaveAccessibleDescription(/A credit is required/);
  await expect(curator.getByRole("textbox", { name: "Credit" })).toBeFocused();
  await expect(curator.getByRole("textbox", { name: "Caption in English" })).toHaveValue(edited);
  await curator.getByRole("textbox", { name: "Credit" }).fill("Edited Credit");
  await curator.getByRole("button", { name: "Save" }).click();
  await expect(curator.getByRole("main").getByRole("status")).toHaveText("Saved.");
  expect(await seriousViolations(curator)).toEqual([]);

  await curator.goto(`/en/entries/${ENTRY.slug}`);
  const figure = curator.getByRole("region", { name: "Images" }).getByRole("figure").filter({ hasText: edited });
  await expect(figure).toBeVisible();
  await expect(figure.getByText("Credit: Edited Credit. Licence: CC0 1.0.")).toBeVisible();

  expect((await request.get(`/media/${image.filePath}`)).status()).toBe(200);
  await curator.goto(`/en/admin/media/${image.id}`);
  await curator.getByRole("checkbox", { name: /I understand the image and its files will be removed/ }).check();
  await curator.getByRole("button", { name: "Delete this image" }).click();
  await expect(curator).toHaveURL(/\/en\/admin\/media\?deleted=1$/);
  await expect(curator.getByRole("main").getByRole("status")).toHaveText("The image was deleted.");
  await expect(curator.getByText(edited)).toHaveCount(0);
  expect((await request.get(`/media/${image.filePath}`)).status()).toBe(404);
  expect((await request.get(`/media/${image.thumbPath}`)).status()).toBe(404);
  await curator.goto(`/en/entries/${ENTRY.slug}`);
  await expect(curator.getByText(edited)).toHaveCount(0);
});

test("an editor may edit a draft's image but is offered no deletion, and the API refuses it; a visitor is refused both", async ({
  browser,
  request,
}) => {
  const editor = await staffPage(browser, EDITOR);
  // Editors change drafts only: the image goes to a draft of their own.
  const draft = `library-draft-${Date.now().toString(36)}`;
  const created = await editor.request.post("/api/v1/admin/entries", {
    data: { slug: draft, kind: "memorial", translations: { en: { title: "A draft with images" }, ru: { title: "" } } },
  });
  expect(created.status()).toBe(201);
  const caption = unique("Library image an editor cannot delete");
  const image = await upload(editor, caption, draft);

  await editor.goto(`/en/admin/media/${image.id}`);
  await expect(editor.getByRole("button", { name: "Save" })).toBeVisible();
  await expect(editor.getByRole("button", { name: "Delete this image" })).toHaveCount(0);

  const refused = await editor.request.delete(`/api/v1/admin/media/${image.id}`);
  expect(refused.status()).toBe(403);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");
  expect((await request.get(`/media/${image.filePath}`)).status()).toBe(200);

  const invalid = await editor.request.patch(`/api/v1/admin/media/${image.id}`, {
    data: { translations: { en: { caption: "" } }, credit: "", licence: "CC0 1.0", sourceUrl: "ftp://example.org/x" },
  });
  expect(invalid.status()).toBe(400);
  const problem = (await invalid.json()) as { errors: { path: string }[] };
  expect(problem.errors.map((e) => e.path).sort()).toEqual(["caption_en", "credit", "sourceUrl"]);

  expect((await request.delete(`/api/v1/admin/media/${image.id}`)).status()).toBe(401);
  expect((await request.patch(`/api/v1/admin/media/${image.id}`, { data: { credit: "x" } })).status()).toBe(401);

  // Leave the entry as it was.
  const curator = await staffPage(browser, CURATOR);
  expect((await curator.request.delete(`/api/v1/admin/media/${image.id}`)).status()).toBe(204);
  expect((await curator.request.delete(`/api/v1/admin/media/${image.id}`)).status()).toBe(404);
});

test("an editor cannot add to, describe or reorder the images of a published entry; the refusal says why", async ({ browser, request }) => {
  const curator = await staffPage(browser, CURATOR);
  const caption = unique("Published image an editor cannot change");
  const image = await upload(curator, caption);
  const editor = await staffPage(browser, EDITOR);

  const uploaded = await editor.request.post("/api/v1/admin/media", {
    multipart: {
      file: { name: "late.png", mimeType: "image/png", buffer: solidPng(30, 20, [10, 60, 90]) },
      entrySlug: ENTRY.slug,
      caption_en: unique("Added by an editor"),
      credit: "Editor",
      licence: "CC0 1.0",
    },
  });
  expect(uploaded.status()).toBe(422);
  expect(((await uploaded.json()) as { detail: string }).detail).toContain(PUBLISHED_REFUSAL);

  const described = await editor.request.patch(`/api/v1/admin/media/${image.id}`, {
    data: { translations: { en: { caption: "Changed by an editor" } }, credit: "Someone else", licence: "CC0 1.0", sourceUrl: "" },
  });
  expect(described.status()).toBe(422);
  expect(described.headers()["content-type"]).toContain("application/problem+json");
  expect(((await described.json()) as { detail: string }).detail).toContain(PUBLISHED_REFUSAL);

  // The edit form says the same in words, keeping what was typed; the public page is unchanged.
  await editor.goto(`/en/admin/media/${image.id}`);
  await editor.getByRole("textbox", { name: "Caption in English" }).fill("Changed in the form by an editor");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByRole("main").getByRole("alert")).toContainText(PUBLISHED_REFUSAL);
  await expect(editor.getByRole("textbox", { name: "Caption in English" })).toHaveValue("Changed in the form by an editor");
  await editor.goto(`/en/entries/${ENTRY.slug}`);
  await expect(editor.getByRole("region", { name: "Images" }).getByRole("figure").filter({ hasText: caption })).toBeVisible();
  await expect(editor.getByText("Changed by an editor")).toHaveCount(0);

  expect((await curator.request.delete(`/api/v1/admin/media/${image.id}`)).status()).toBe(204);
  expect((await request.get(`/media/${image.filePath}`)).status()).toBe(404);
});
