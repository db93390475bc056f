import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { chunk, solidPng } from "./png";
import { CURATOR, staffPage } from "./staff";

const MB = 1024 * 1024;

/** A PNG whose header claims 20000 × 20000 pixels: a decompression bomb, refused before any pixel is decoded. */
function bombPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(20_000, 0);
  header.writeUInt32BE(20_000, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    solidPng(1, 1, [0, 0, 0]).subarray(0, 8),
    chunk("IHDR", header),
    chunk("IDAT", Buffer.alloc(16)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const good = solidPng(20, 20, [10, 120, 10]);
/** Sent to the server, which refuses each for its own reason. */
const SENT = [
  { name: "good.png", mimeType: "image/png", buffer: good },
  { name: "notes.jpg", mimeType: "image/jpeg", buffer: Buffer.from("Just some text, not a photograph.\n") },
  { name: "moving.gif", mimeType: "image/gif", buffer: Buffer.concat([Buffer.from("GIF89a"), Buffer.alloc(64)]) },
  { name: "bomb.png", mimeType: "image/png", buffer: bombPng() },
  { name: "broken.png", mimeType: "image/png", buffer: good.subarray(0, Math.floor(good.length / 2)) },
  {
    name: "drawing.svg",
    mimeType: "image/svg+xml",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'),
  },
  {
    name: "leaflet.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n", "latin1"),
  },
];
/** Refused in the browser already, with the same words the server would use. */
const KEPT_BACK = [
  { name: "empty.png", mimeType: "image/png", buffer: Buffer.alloc(0) },
  { name: "huge.png", mimeType: "image/png", buffer: Buffer.concat([good, Buffer.alloc(10 * MB)]) },
];

const TEXT = {
  en: {
    images: "Images",
    add: "Add images",
    queue: "Files to upload",
    caption: "Caption in English",
    credit: "Credit",
    licence: "Licence",
    leaveOut: (name: string) => `Leave out “${name}”`,
    upload: "Upload 7 images",
    done: "1 image added; 6 were not.",
    keptBack: {
      "empty.png": "The file is empty.",
      "huge.png": "The file is 10.0 MB; images may be at most 10 MB.",
    },
    refused: {
      "notes.jpg": "Refused: This file is not an image. Upload a JPEG, PNG or WebP image.",
      "moving.gif": "Refused: GIF images are not accepted. Convert the file to JPEG, PNG or WebP and upload it again.",
      "bomb.png": "Refused: The image is 20000 × 20000 pixels; images may be at most 12000 pixels wide or high and 50 megapixels in all.",
      "broken.png": "Refused: This PNG file is damaged or incomplete and cannot be read.",
      "drawing.svg": "Refused: SVG drawings are not accepted. Upload a JPEG, PNG or WebP image.",
      "leaflet.pdf": "Refused: This file is a PDF document, not an image. Upload a JPEG, PNG or WebP image.",
    },
  },
  ru: {
    images: "Изображения",
    add: "Добавить изображения",
    queue: "Файлы для загрузки",
    caption: "Подпись на английском",
    credit: "Автор",
    licence: "Лицензия",
    leaveOut: (name: string) => `Не загружать «${name}»`,
    upload: "Загрузить 7 изображений",
    done: "Добавлено 1 изображение; 6 не добавлены.",
    keptBack: {
      "empty.png": "Файл пуст.",
      "huge.png": "Размер файла — 10.0 MB; изображение может быть не больше 10 MB.",
    },
    refused: {
      "notes.jpg": "Отклонено: Этот файл — не изображение. Загрузите изображение JPEG, PNG или WebP.",
      "moving.gif": "Отклонено: Изображения GIF не принимаются. Сохраните файл в формате JPEG, PNG или WebP и загрузите его снова.",
      "bomb.png":
        "Отклонено: Изображение — 20000 × 20000 пикс.; допускается не больше 12000 пикс. по ширине или высоте и не больше 50 Мп в сумме.",
      "broken.png": "Отклонено: Этот файл PNG повреждён или неполон и не читается.",
      "drawing.svg": "Отклонено: Рисунки SVG не принимаются. Загрузите изображение JPEG, PNG или WebP.",
      "leaflet.pdf": "Отклонено: Этот файл — документ PDF, а не изображение. Загрузите изображение JPEG, PNG или WebP.",
    },
  },
} as const;

/** A draft entry of the test's own, made through the admin API as the editor's form would. */
async function createEntry(staff: Page): Promise<string> {
  const slug = `entry-image-refusals-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const created = await staff.request.post("/api/v1/admin/entries", {
    data: { slug, kind: "memorial", translations: { en: { title: "Refused images" }, ru: { title: "Отклонённые изображения" } } },
  });
  expect(created.status()).toBe(201);
  return slug;
}

for (const locale of ["en", "ru"] as const) {
  test(`${locale}: the entry editor says why each refused file was refused in the page's language, and takes the focus to the first one`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const text = TEXT[locale];
    const curator = await staffPage(browser, CURATOR);
    const slug = await createEntry(curator);
    await curator.goto(`/${locale}/admin/entries/${slug}`);
    const images = curator.getByRole("region", { name: text.images });
    const queue = images.getByRole("list", { name: text.queue });
    const row = (name: string) => queue.getByRole("group", { name });

    // Too large or empty: said at once, before anything is sent, and left out by the curator.
    await images.getByLabel(text.add).setInputFiles([...KEPT_BACK]);
    for (const [name, reason] of Object.entries(text.keptBack)) {
      await expect(row(name)).toContainText(reason);
      await row(name)
        .getByRole("button", { name: text.leaveOut(name) })
        .click();
    }
    await expect(queue).toHaveCount(0);

    await images.getByLabel(text.add).setInputFiles([...SENT]);
    const captions = new Map(SENT.map((file) => [file.name, `${file.name} caption ${Date.now().toString(36)}`]));
    for (const [name, caption] of captions) await row(name).getByRole("textbox", { name: text.caption }).fill(caption);
    await images.getByRole("textbox", { name: text.credit }).fill("Refusal Tester");
    await images.getByRole("combobox", { name: text.licence }).fill("CC0 1.0");
    await images.getByRole("button", { name: text.upload }).click();

    await expect(images.getByRole("status").filter({ hasText: text.done })).toBeVisible({ timeout: 15_000 });
    await expect(row("good.png")).toHaveCount(0);
    for (const [name, reason] of Object.entries(text.refused)) {
      await expect(row(name)).toContainText(reason);
      // What was typed for each refused file stays.
      await expect(row(name).getByRole("textbox", { name: text.caption })).toHaveValue(captions.get(name)!);
    }
    // The keyboard is taken to the first refused file's caption, which is described by its reason,
    // inside a group named by the file: a screen reader says which file failed and why.
    const first = row("notes.jpg").getByRole("textbox", { name: text.caption });
    await expect(first).toBeFocused();
    await expect(first).toHaveAccessibleDescription(text.refused["notes.jpg"]);

    expect(await seriousViolations(curator)).toEqual([]);
    await curator.setViewportSize({ width: 375, height: 667 });
    expect(await seriousViolations(curator)).toEqual([]);
  });
}

test("the media library's upload form says a refusal in Russian on the Russian page", async ({ browser }) => {
  const curator = await staffPage(browser, CURATOR);
  const slug = await createEntry(curator);
  await curator.goto("/ru/admin/media/upload");
  await curator.getByRole("combobox", { name: "Запись" }).fill(slug);
  await curator.getByLabel("Файл изображения").setInputFiles(SENT[2]!);
  await curator.getByRole("textbox", { name: "Подпись на английском" }).fill("A moving picture");
  await curator.getByRole("textbox", { name: "Автор" }).fill("Refusal Tester");
  await curator.getByRole("combobox", { name: "Лицензия" }).fill("CC0 1.0");
  await curator.getByRole("button", { name: "Загрузить изображение" }).click();
  await expect(curator.getByRole("main").getByRole("alert")).toHaveText(
    "Изображение не принято: Изображения GIF не принимаются. Сохраните файл в формате JPEG, PNG или WebP и загрузите его снова.",
  );
  await expect(curator.getByLabel("Файл изображения")).toBeFocused();
  expect(await seriousViolations(curator)).toEqual([]);
});
