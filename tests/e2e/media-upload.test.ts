import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { solidPng } from "./png";
import { namingOrigin } from "./staff";

const EDITOR = { email: "editor@demo.invalid", password: "demo-editor-password" };
const CURATOR = { email: "curator@demo.invalid", password: "demo-curator-password" };
const ENTRY = { slug: "khatyn-memorial", title: "Khatyn memorial complex" };

// Sign-in attempts are rate-limited per client address: give each test an address of its own
// (a range apart from the other sign-in tests').
let client = 0;
test.beforeEach(async ({ page }) => {
  client += 1;
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${((process.pid * 7) % 200) + client}` });
});

// The browser logs the refused upload requests themselves.
test.use({ expectedConsoleError: /status of (400|403|404|413|415|422)/ });

/** Captions unique to this run, so that earlier runs against the same database cannot confuse the checks. */
const unique = (text: string) => `${text} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

async function openUploadForm(page: Page, account = EDITOR) {
  await page.goto("/en/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Curation" })).toBeVisible();
  namingOrigin(page);
  await page.goto("/en/admin/media/upload");
  await expect(page.getByRole("heading", { level: 1, name: "Upload an image" })).toBeVisible();
  await page.getByRole("combobox", { name: "Entry" }).fill("Khatyn");
  await page.getByRole("option", { name: new RegExp(`^${ENTRY.title}`) }).click();
}

test("a curator uploads an image to a published entry and the entry page shows it with its credit and licence", async ({ page }) => {
  await openUploadForm(page, CURATOR);
  const caption = unique("Uploaded view of the bell towers");
  const altText = unique("A flat green test picture");
  await page.getByLabel("Image file").setInputFiles({ name: "towers.png", mimeType: "image/png", buffer: solidPng(64, 48, [40, 120, 60]) });
  await page.getByRole("textbox", { name: "Caption in English" }).fill(caption);
  await page.getByRole("textbox", { name: "Alt text in English" }).fill(altText);
  await page.getByRole("textbox", { name: "Caption in Russian" }).fill("Колокольни");
  await page.getByRole("textbox", { name: "Credit" }).fill("E2E Uploader");
  await page.getByRole("combobox", { name: "Licence" }).fill("CC BY-SA 4.0");
  await page.getByRole("button", { name: "Upload image" }).click();

  await expect(page.getByRole("main").getByRole("status")).toHaveText(`The image was added to “${ENTRY.title}”. See it on the entry page.`);
  // Ready for the next image: the fields are cleared, the entry stays chosen.
  await expect(page.getByRole("textbox", { name: "Caption in English" })).toHaveValue("");
  await expect(page.getByRole("combobox", { name: "Entry" })).toHaveValue(ENTRY.slug);

  await page.getByRole("main").getByRole("status").getByRole("link", { name: "See it on the entry page" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/entries/${ENTRY.slug}$`));
  const images = page.getByRole("region", { name: "Images" });
  const image = images.getByRole("img", { name: altText });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
  const figure = images.getByRole("figure").filter({ has: page.getByRole("img", { name: altText }) });
  await expect(figure).toContainText(caption);
  await expect(figure.getByText("Credit: E2E Uploader. Licence: CC BY-SA 4.0.")).toBeVisible();

  // The Russian page shows the Russian caption.
  await page.goto(`/ru/entries/${ENTRY.slug}`);
  await expect(page.getByRole("region", { name: "Изображения" }).getByText("Колокольни")).toBeVisible();
});

test("a text file named .jpg is refused with a clear message, everything typed stays and nothing is added", async ({ page }) => {
  await openUploadForm(page);
  const caption = unique("Not really a photograph");
  await page
    .getByLabel("Image file")
    .setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("Just some text, not a photograph.\n") });
  await page.getByRole("textbox", { name: "Caption in English" }).fill(caption);
  await page.getByRole("textbox", { name: "Credit" }).fill("E2E Uploader");
  await page.getByRole("combobox", { name: "Licence" }).fill("CC BY 4.0");
  await page.getByRole("button", { name: "Upload image" }).click();

  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "The image was refused: This file is not an image. Upload a JPEG, PNG or WebP image.",
  );
  await expect(page.getByLabel("Image file")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Image file")).toBeFocused();
  await expect(page.getByRole("textbox", { name: "Caption in English" })).toHaveValue(caption);
  await expect(page.getByRole("textbox", { name: "Credit" })).toHaveValue("E2E Uploader");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("");

  await page.goto(`/en/entries/${ENTRY.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: ENTRY.title })).toBeVisible();
  await expect(page.getByText(caption)).toHaveCount(0);
});

test("a missing credit is marked on its field and the caption stays typed", async ({ page }) => {
  await openUploadForm(page, CURATOR);
  const caption = unique("A view with no credit");
  await page.getByLabel("Image file").setInputFiles({ name: "view.png", mimeType: "image/png", buffer: solidPng(20, 20, [200, 200, 40]) });
  await page.getByRole("textbox", { name: "Caption in English" }).fill(caption);
  await page.getByRole("combobox", { name: "Licence" }).fill("Public domain");
  await page.getByRole("button", { name: "Upload image" }).click();

  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Please correct the marked fields.");
  const credit = page.getByRole("textbox", { name: "Credit" });
  await expect(credit).toHaveAttribute("aria-invalid", "true");
  await expect(credit).toHaveAccessibleDescription(/A credit is required: who made the image or holds its rights/);
  await expect(credit).toBeFocused();
  await expect(page.getByRole("textbox", { name: "Caption in English" })).toHaveValue(caption);
  await expect(page.getByRole("combobox", { name: "Licence" })).toHaveValue("Public domain");

  // Given the credit, the same form goes through.
  await credit.fill("E2E Uploader");
  await page.getByRole("button", { name: "Upload image" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(`The image was added to “${ENTRY.title}”.`);
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
});

test("an editor's upload to a published entry is refused with the reason, and everything typed stays", async ({ page }) => {
  await openUploadForm(page);
  const caption = unique("An editor's view of published work");
  await page.getByLabel("Image file").setInputFiles({ name: "late.png", mimeType: "image/png", buffer: solidPng(20, 20, [40, 40, 200]) });
  await page.getByRole("textbox", { name: "Caption in English" }).fill(caption);
  await page.getByRole("textbox", { name: "Credit" }).fill("E2E Editor");
  await page.getByRole("combobox", { name: "Licence" }).fill("CC0 1.0");
  await page.getByRole("button", { name: "Upload image" }).click();

  await expect(page.getByRole("main").getByRole("alert")).toContainText("This is published (or archived): only a curator can change it.");
  await expect(page.getByRole("textbox", { name: "Caption in English" })).toHaveValue(caption);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("");
  await page.goto(`/en/entries/${ENTRY.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: ENTRY.title })).toBeVisible();
  await expect(page.getByText(caption)).toHaveCount(0);
});

test.describe("the upload API", () => {
  const multipart = (fields: Record<string, string>) => ({
    file: { name: "api.png", mimeType: "image/png", buffer: solidPng(8, 8, [0, 0, 255]) },
    caption_en: "Sent straight to the API",
    credit: "E2E",
    licence: "CC0 1.0",
    ...fields,
  });

  test("a visitor gets 401 as a problem document", async ({ request }) => {
    const response = await request.post("/api/v1/admin/media", { multipart: multipart({ entrySlug: ENTRY.slug }) });
    expect(response.status()).toBe(401);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
  });

  test("an editor gets per-field errors, 422 for an unknown entry, 403 for a published one and 201 with the stored paths for a draft", async ({
    page,
  }) => {
    await openUploadForm(page);
    const invalid = await page.request.post("/api/v1/admin/media", {
      multipart: multipart({ entrySlug: ENTRY.slug, credit: "", sourceUrl: "ftp://example.org/x" }),
    });
    expect(invalid.status()).toBe(400);
    const problem = (await invalid.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors.map((e) => e.path).sort()).toEqual(["credit", "sourceUrl"]);

    // The entry is named in the body: 422 with the field, like every other write (lib/errors/error-codes.ts).
    const unknown = await page.request.post("/api/v1/admin/media", { multipart: multipart({ entrySlug: "no-such-entry" }) });
    expect(unknown.status()).toBe(422);
    expect(((await unknown.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(["entrySlug"]);

    const published = await page.request.post("/api/v1/admin/media", { multipart: multipart({ entrySlug: ENTRY.slug }) });
    expect(published.status()).toBe(403);
    expect(((await published.json()) as { detail: string }).detail).toContain("only a curator can change it");

    const draft = `upload-draft-${Date.now().toString(36)}`;
    const entry = await page.request.post("/api/v1/admin/entries", {
      data: { slug: draft, kind: "place", translations: { en: { title: "A draft for an upload" }, ru: { title: "" } } },
    });
    expect(entry.status()).toBe(201);
    const created = await page.request.post("/api/v1/admin/media", { multipart: multipart({ entrySlug: draft }) });
    expect(created.status()).toBe(201);
    const body = (await created.json()) as { id: string; filePath: string; thumbPath: string };
    expect(body.filePath).toMatch(/^\d{4}\/\d{2}\/[0-9a-f]{32}\.png$/);
    expect((await page.request.get(`/media/${body.thumbPath}`)).headers()["content-type"]).toBe("image/webp");
  });
});
