import type { Locator, Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { solidPng } from "./png";
import { CURATOR, EDITOR, staffPage } from "./staff";

/** Names unique to this run, so that earlier runs against the same database cannot confuse the checks. */
const unique = (text: string) => `${text} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** A draft entry of the test's own, made through the admin API as the editor's form would. */
async function createEntry(staff: Page, title: string): Promise<string> {
  const slug = `entry-images-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const created = await staff.request.post("/api/v1/admin/entries", {
    data: { slug, kind: "memorial", translations: { en: { title }, ru: { title: `${title} (ru)` } } },
  });
  expect(created.status()).toBe(201);
  return slug;
}

async function publish(curator: Page, slug: string): Promise<void> {
  await curator.goto(`/en/admin/entries/${slug}`);
  await curator.getByRole("button", { name: "Publish" }).click();
  await curator.getByRole("dialog", { name: "Publish this entry?" }).getByRole("button", { name: "Publish now" }).click();
  await expect(curator.getByText("Status: Published")).toBeVisible();
}

/** The captions of the entry editor's image list, in order. */
async function editorOrder(images: Locator): Promise<string[]> {
  return images
    .getByRole("list", { name: "Images of this entry, in page order" })
    .getByRole("listitem")
    .locator("[data-caption]")
    .allTextContents();
}

test("a curator uploads two images from the entry's own page, captions one, reorders, sees the order on the public page and removes one", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const curator = await staffPage(browser, CURATOR);
  const slug = await createEntry(curator, "A memorial with images from its own form");
  await publish(curator, slug);

  const images = curator.getByRole("region", { name: "Images" });
  await expect(images.getByText("No images yet.")).toBeVisible();
  const first = unique("Gate of the memorial");
  const second = unique("Eternal flame");
  await images.getByLabel("Add images").setInputFiles([
    { name: "gate.png", mimeType: "image/png", buffer: solidPng(40, 30, [120, 40, 40]) },
    { name: "flame.png", mimeType: "image/png", buffer: solidPng(30, 40, [40, 40, 120]) },
  ]);
  const queue = images.getByRole("list", { name: "Files to upload" });
  await queue.getByRole("listitem").filter({ hasText: "gate.png" }).getByRole("textbox", { name: "Caption in English" }).fill(first);
  await queue.getByRole("listitem").filter({ hasText: "flame.png" }).getByRole("textbox", { name: "Caption in English" }).fill(second);
  await images.getByRole("textbox", { name: "Credit" }).fill("Entry Form Tester");
  await images.getByRole("combobox", { name: "Licence" }).fill("CC BY 4.0");
  await images.getByRole("button", { name: "Upload 2 images" }).click();
  await expect(images.getByRole("status").filter({ hasText: "2 images added." })).toBeVisible();
  await expect.poll(() => editorOrder(images)).toEqual([first, second]);
  const firstCard = images.getByRole("listitem").filter({ hasText: first });
  await expect(firstCard).toContainText("Entry Form Tester");
  await expect(firstCard).toContainText("CC BY 4.0");
  expect(await seriousViolations(curator)).toEqual([]);

  // Caption one in place: both languages and its alt text, kept on the card.
  const captioned = unique("Gate of the memorial, from the south");
  await firstCard.getByRole("button", { name: `Edit “${first}”` }).click();
  await firstCard.getByRole("textbox", { name: "Caption in English" }).fill(captioned);
  await firstCard.getByRole("textbox", { name: "Alt text in English" }).fill("A flat red test picture");
  await firstCard.getByRole("textbox", { name: "Caption in Russian" }).fill("Ворота мемориала");
  await firstCard.getByRole("button", { name: "Save" }).click();
  const captionedCard = images.getByRole("listitem").filter({ hasText: captioned });
  await expect(captionedCard.getByRole("status")).toHaveText("Saved.");
  await expect(captionedCard.getByRole("button", { name: `Edit “${captioned}”` })).toBeFocused();
  await expect.poll(() => editorOrder(images)).toEqual([captioned, second]);

  // Reorder by keyboard: the moved image keeps the focus on its own button.
  const secondCard = images.getByRole("listitem").filter({ hasText: second });
  await secondCard.getByRole("button", { name: `Move “${second}” up` }).focus();
  await curator.keyboard.press("Enter");
  await expect.poll(() => editorOrder(images)).toEqual([second, captioned]);
  await expect(secondCard.getByRole("button", { name: `Move “${second}” down` })).toBeFocused();
  await expect(images.getByRole("status").filter({ hasText: `“${second}” is now image 1 of 2.` })).toBeVisible();

  await curator.goto(`/en/entries/${slug}`);
  const gallery = curator.getByRole("region", { name: "Images" });
  await expect(gallery.getByRole("figure")).toHaveCount(2);
  const captions = await gallery.getByRole("figure").allTextContents();
  expect(captions[0]).toContain(second);
  expect(captions[1]).toContain(captioned);
  await expect(gallery.getByRole("img", { name: "A flat red test picture" })).toBeVisible();
  await curator.goto(`/ru/entries/${slug}`);
  await expect(curator.getByRole("region", { name: "Изображения" }).getByText("Ворота мемориала")).toBeVisible();

  // And back by dragging one card onto the other.
  await curator.goto(`/en/admin/entries/${slug}`);
  await images
    .getByRole("listitem")
    .filter({ hasText: captioned })
    .dragTo(images.getByRole("listitem").filter({ hasText: second }));
  await expect.poll(() => editorOrder(images)).toEqual([captioned, second]);
  // Said only once the server has kept the move.
  await expect(images.getByRole("status").filter({ hasText: `“${captioned}” is now image 1 of 2.` })).toBeVisible();
  await curator.reload();
  await expect.poll(() => editorOrder(images)).toEqual([captioned, second]);

  // Remove one, after a confirmation; the public page follows.
  await images.getByRole("button", { name: `Remove “${second}”` }).click();
  const confirm = images.getByRole("group", { name: `Remove “${second}”?` });
  await expect(confirm).toContainText("Its files are deleted");
  await confirm.getByRole("button", { name: "Keep it" }).click();
  await expect.poll(() => editorOrder(images)).toEqual([captioned, second]);
  await images.getByRole("button", { name: `Remove “${second}”` }).click();
  await images
    .getByRole("group", { name: `Remove “${second}”?` })
    .getByRole("button", { name: "Remove image" })
    .click();
  await expect.poll(() => editorOrder(images)).toEqual([captioned]);
  await curator.goto(`/en/entries/${slug}`);
  await expect(curator.getByRole("region", { name: "Images" }).getByRole("figure")).toHaveCount(1);
  await expect(curator.getByText(second)).toHaveCount(0);
});

test("one file of several is refused with its own message; the others are added and what was typed stays", async ({ browser }) => {
  const curator = await staffPage(browser, CURATOR);
  const slug = await createEntry(curator, "A draft with a refused file");
  await curator.goto(`/en/admin/entries/${slug}`);
  const images = curator.getByRole("region", { name: "Images" });
  // Text typed in the entry's own form, not yet saved, outlives the upload's refresh of the page.
  await curator.getByRole("textbox", { name: "Summary (en)" }).fill("Typed before the images were added");
  const good = unique("A good picture");
  const bad = unique("Not a picture");
  // Dropped on the drop area rather than chosen.
  const drop = await curator.evaluateHandle(
    (png) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(png)], "good.png", { type: "image/png" }));
      transfer.items.add(new File(["Just some text, not a photograph.\n"], "notes.jpg", { type: "image/jpeg" }));
      return transfer;
    },
    Array.from(solidPng(20, 20, [10, 120, 10])),
  );
  await images.getByText("Drop images here").dispatchEvent("drop", { dataTransfer: drop });
  const queue = images.getByRole("list", { name: "Files to upload" });
  await queue.getByRole("listitem").filter({ hasText: "good.png" }).getByRole("textbox", { name: "Caption in English" }).fill(good);
  await queue.getByRole("listitem").filter({ hasText: "notes.jpg" }).getByRole("textbox", { name: "Caption in English" }).fill(bad);
  await images.getByRole("textbox", { name: "Credit" }).fill("Drop Tester");
  await images.getByRole("combobox", { name: "Licence" }).fill("CC0 1.0");
  await images.getByRole("button", { name: "Upload 2 images" }).click();

  await expect(images.getByRole("status").filter({ hasText: "1 image added; 1 was not." })).toBeVisible();
  await expect.poll(() => editorOrder(images)).toEqual([good]);
  const refused = queue.getByRole("listitem").filter({ hasText: "notes.jpg" });
  await expect(refused).toContainText("This file is not an image. Upload a JPEG, PNG or WebP image.");
  await expect(refused.getByRole("textbox", { name: "Caption in English" })).toHaveValue(bad);
  await expect(queue.getByRole("listitem").filter({ hasText: "good.png" })).toHaveCount(0);
  await expect(images.getByRole("textbox", { name: "Credit" })).toHaveValue("Drop Tester");
  await expect(curator.getByRole("textbox", { name: "Summary (en)" })).toHaveValue("Typed before the images were added");
  expect(await seriousViolations(curator)).toEqual([]);
});

test("an editor may add images to a draft but not to a published entry, and is told so in words with what to do instead", async ({
  browser,
}) => {
  const editor = await staffPage(browser, EDITOR);
  const draft = await createEntry(editor, "An editor's draft with an image");
  await editor.goto(`/en/admin/entries/${draft}`);
  let images = editor.getByRole("region", { name: "Images" });
  const caption = unique("An editor's picture");
  await images.getByLabel("Add images").setInputFiles({ name: "mine.png", mimeType: "image/png", buffer: solidPng(20, 20, [0, 90, 90]) });
  await images.getByRole("list", { name: "Files to upload" }).getByRole("textbox", { name: "Caption in English" }).fill(caption);
  await images.getByRole("textbox", { name: "Credit" }).fill("Editor");
  await images.getByRole("combobox", { name: "Licence" }).fill("CC0 1.0");
  await images.getByRole("button", { name: "Upload 1 image" }).click();
  // Said when the upload is answered; the list follows once the page's data is refreshed.
  await expect(images.getByRole("status").filter({ hasText: "1 image added." })).toBeVisible();
  await expect.poll(() => editorOrder(images)).toEqual([caption]);
  // Removing is the curators' (as in the image library), and the page says so.
  await expect(images.getByRole("button", { name: `Remove “${caption}”` })).toHaveCount(0);
  await expect(images.getByText("Only a curator can remove an image.")).toBeVisible();

  const curator = await staffPage(browser, CURATOR);
  const published = await createEntry(curator, "A published entry an editor cannot illustrate");
  await publish(curator, published);
  const shown = unique("A curator's picture");
  const uploaded = await curator.request.post("/api/v1/admin/media", {
    multipart: {
      file: { name: "curator.png", mimeType: "image/png", buffer: solidPng(20, 20, [90, 0, 90]) },
      entrySlug: published,
      caption_en: shown,
      credit: "Curator",
      licence: "CC0 1.0",
    },
  });
  expect(uploaded.status()).toBe(201);

  for (const [locale, heading, refusal] of [
    ["en", "Images", "This entry is published, so only a curator can add, describe, reorder or remove its images."],
    [
      "ru",
      "Изображения",
      "Эта запись опубликована, поэтому добавлять, описывать, переставлять и удалять её изображения может только куратор.",
    ],
  ] as const) {
    await editor.goto(`/${locale}/admin/entries/${published}`);
    images = editor.getByRole("region", { name: heading });
    await expect(images.getByText(refusal)).toBeVisible();
    await expect(images.getByText(locale === "en" ? /Ask a curator to make the change/ : /Попросите куратора/)).toBeVisible();
    await expect(images.getByRole("img", { name: shown })).toBeVisible();
    await expect(images.getByLabel(locale === "en" ? "Add images" : "Добавить изображения")).toHaveCount(0);
    await expect(images.getByRole("button")).toHaveCount(0);
    expect(await seriousViolations(editor)).toEqual([]);
  }
});

test("the new entry form says images come once the entry is saved; the section is clean for axe on a phone, in both languages", async ({
  browser,
}) => {
  const curator = await staffPage(browser, CURATOR);
  await curator.goto("/en/admin/entries/new");
  await expect(
    curator
      .getByRole("region", { name: "Images" })
      .getByText("Images can be added once the entry is saved: save it first, then add them here."),
  ).toBeVisible();
  await curator.goto("/ru/admin/entries/new");
  await expect(
    curator.getByRole("region", { name: "Изображения" }).getByText(/Изображения можно добавить после сохранения записи/),
  ).toBeVisible();

  const slug = await createEntry(curator, "A draft seen on a phone");
  await curator.request.post("/api/v1/admin/media", {
    multipart: {
      file: { name: "phone.png", mimeType: "image/png", buffer: solidPng(20, 20, [60, 60, 60]) },
      entrySlug: slug,
      caption_en: unique("A picture seen on a phone"),
      credit: "Curator",
      licence: "CC0 1.0",
    },
  });
  await curator.setViewportSize({ width: 375, height: 667 });
  for (const locale of ["en", "ru"]) {
    await curator.goto(`/${locale}/admin/entries/${slug}`);
    const images = curator.getByRole("region", { name: locale === "en" ? "Images" : "Изображения" });
    await expect(
      images
        .getByRole("list", { name: locale === "en" ? "Images of this entry, in page order" : /^Изображения записи/ })
        .getByRole("listitem"),
    ).toHaveCount(1);
    await images.getByLabel(locale === "en" ? "Add images" : "Добавить изображения").setInputFiles({
      name: "queued.png",
      mimeType: "image/png",
      buffer: solidPng(20, 20, [60, 90, 60]),
    });
    await images.getByRole("button", { name: locale === "en" ? "Upload 1 image" : "Загрузить 1 изображение" }).click();
    // Nothing typed: the queued file's caption and the credit are marked, and nothing is sent.
    await expect(images.getByRole("alert")).toBeVisible();
    await images.getByRole("button", { name: locale === "en" ? /^Edit/ : /^Изменить/ }).click();
    expect(await seriousViolations(curator)).toEqual([]);
    const overflow = await curator.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
});
