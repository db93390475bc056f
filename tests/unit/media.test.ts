import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import sharp, { type Metadata } from "sharp";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import { englishValidation } from "@/lib/validation/english-messages";
import { issueText } from "@/lib/validation/messages";
import ru from "@/messages/ru.json";
import { setupTestDatabase } from "./test-database";

// lib/env reads UPLOADS_DIR when it is first imported: set it before any dynamic import below.
const UPLOADS = path.resolve(__dirname, "..", ".tmp", `media-uploads-${randomUUID()}`);
process.env.UPLOADS_DIR = UPLOADS;
setupTestDatabase();

const { processImage, MediaError } = await import("@/lib/media/process-image");
const { MAX_UPLOAD_BYTES, THUMBNAIL_MAX_WIDTH } = await import("@/lib/media/image-rules");
const { mediaFieldsSchema } = await import("@/lib/validation/media");
const { createMedia } = await import("@/lib/data/media/create-media");
const { AppError } = await import("@/lib/errors/app-error");
const { db } = await import("@/lib/db");

afterAll(() => {
  fs.rmSync(UPLOADS, { recursive: true, force: true });
});

/** The entries and articles here are drafts, which editors may add images to. */
const UPLOADER = { id: "uploader-1", email: "uploader@example.org", name: "Uploader", role: "editor" } as const;

// ---------------------------------------------------------------- test images

const XMP =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Secret Photographer</dc:creator>' +
  "</rdf:Description></rdf:RDF></x:xmpmeta>";

const GPS_EXIF = {
  IFD0: { Make: "TestCam", Model: "Leak 3000", Artist: "Secret Photographer" },
  IFD3: { GPSLatitudeRef: "N", GPSLatitude: "59/1 56/1 30/1", GPSLongitudeRef: "E", GPSLongitude: "30/1 18/1 0/1" },
};

function canvas(width: number, height: number, channels: 3 | 4 = 3) {
  return sharp({
    create: {
      width,
      height,
      channels,
      background: channels === 4 ? { r: 200, g: 40, b: 40, alpha: 0.5 } : "#8a6d3b",
      noise: { type: "gaussian", mean: 120, sigma: 30 },
    },
  });
}

/** A landscape 1200×800 photo, stored sideways with EXIF Orientation 6, with GPS, XMP and a P3 ICC profile. */
const jpegWithGps = await canvas(1200, 800)
  .jpeg({ quality: 90 })
  .withExif(GPS_EXIF)
  .withMetadata({ orientation: 6 })
  .withIccProfile("p3")
  .withXmp(XMP)
  .toBuffer();
const pngWithAlpha = await canvas(1000, 600, 4).png().withIccProfile("p3").withXmp(XMP).toBuffer();
const webpWithExif = await canvas(900, 900).webp().withExif(GPS_EXIF).withIccProfile("p3").toBuffer();
const smallJpeg = await canvas(200, 150).jpeg().toBuffer();
const cmykJpeg = await canvas(640, 480).toColourspace("cmyk").jpeg().toBuffer();
const gif = await canvas(64, 64).gif().toBuffer();
const avif = await canvas(64, 64).avif().toBuffer();

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** A valid PNG signature and header claiming these dimensions, with hardly any pixel data. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

const REFUSED: [string, Buffer, string][] = [
  ["a text file renamed .jpg", Buffer.from("Hello, this is not a photo.\n".repeat(20)), "NOT_AN_IMAGE"],
  ["an empty file", Buffer.alloc(0), "NOT_AN_IMAGE"],
  ["a PDF", Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n", "latin1"), "NOT_AN_IMAGE"],
  ["a GIF", gif, "UNSUPPORTED_TYPE"],
  ["an AVIF", avif, "UNSUPPORTED_TYPE"],
  ["a bare SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'), "UNSUPPORTED_TYPE"],
  [
    "an SVG with an XML prolog",
    Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'),
    "UNSUPPORTED_TYPE",
  ],
  [
    "a HEIC header",
    Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic"), Buffer.alloc(4), Buffer.from("mif1heic"), Buffer.alloc(64)]),
    "UNSUPPORTED_TYPE",
  ],
  ["a truncated JPEG", jpegWithGps.subarray(0, Math.floor(jpegWithGps.length / 2)), "UNREADABLE"],
  ["a JPEG signature followed by garbage", Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 0x41)]), "UNREADABLE"],
  ["a file over 10 MB", Buffer.concat([smallJpeg, Buffer.alloc(MAX_UPLOAD_BYTES)]), "TOO_LARGE"],
  ["a PNG claiming 20000 × 20000 pixels", pngHeaderOnly(20_000, 20_000), "TOO_MANY_PIXELS"],
  ["a PNG claiming 12000 × 5000 pixels (60 MP)", pngHeaderOnly(12_000, 5_000), "TOO_MANY_PIXELS"],
  ["a PNG claiming 12001 × 10 pixels", pngHeaderOnly(12_001, 10), "TOO_MANY_PIXELS"],
];

async function expectNoMetadata(image: Buffer): Promise<Metadata> {
  const meta = await sharp(image).metadata();
  expect(meta.exif).toBeUndefined();
  expect(meta.icc).toBeUndefined();
  expect(meta.xmp).toBeUndefined();
  expect(meta.iptc).toBeUndefined();
  expect(meta.orientation).toBeUndefined();
  return meta;
}

async function refusalOf(bytes: Buffer): Promise<InstanceType<typeof MediaError>> {
  const error = await processImage(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaError);
  return error as InstanceType<typeof MediaError>;
}

function uploadedFiles(): string[] {
  if (!fs.existsSync(UPLOADS)) return [];
  return (fs.readdirSync(UPLOADS, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(UPLOADS, f)).isFile()).sort();
}

// ---------------------------------------------------------------- processImage

describe("processImage: accepted images", () => {
  it("the test JPEG really carries EXIF with GPS, XMP, ICC and an orientation", async () => {
    const meta = await sharp(jpegWithGps).metadata();
    expect(meta.exif?.toString("latin1")).toContain("TestCam");
    expect(meta.exif?.toString("latin1")).toContain("Secret Photographer");
    expect(meta.xmpAsString).toContain("Secret Photographer");
    expect(meta.icc).toBeDefined();
    expect(meta.orientation).toBe(6);
  });

  it("auto-orients a JPEG and strips all its metadata", async () => {
    const result = await processImage(jpegWithGps);
    expect(result).toMatchObject({ mimeType: "image/jpeg", extension: "jpg", width: 800, height: 1200 });
    expect(result.byteSize).toBe(result.original.length);
    const meta = await expectNoMetadata(result.original);
    expect(meta).toMatchObject({ format: "jpeg", width: 800, height: 1200, space: "srgb" });
    expect(result.original.includes("TestCam")).toBe(false);
    expect(result.original.includes("Secret Photographer")).toBe(false);

    const thumb = await expectNoMetadata(result.thumbnail);
    expect(thumb.format).toBe("webp");
    expect(thumb.width).toBeLessThanOrEqual(THUMBNAIL_MAX_WIDTH);
    // Portrait after orientation: the thumbnail keeps the 2:3 shape.
    expect(thumb.height! / thumb.width!).toBeCloseTo(1.5, 1);
  });

  it("re-encodes a PNG as PNG, keeping transparency, without ICC or XMP", async () => {
    const result = await processImage(pngWithAlpha);
    expect(result).toMatchObject({ mimeType: "image/png", extension: "png", width: 1000, height: 600 });
    const meta = await expectNoMetadata(result.original);
    expect(meta).toMatchObject({ format: "png", hasAlpha: true });
    const thumb = await expectNoMetadata(result.thumbnail);
    expect(thumb).toMatchObject({ format: "webp", width: THUMBNAIL_MAX_WIDTH, hasAlpha: true });
  });

  it("re-encodes a WebP as WebP without EXIF or ICC", async () => {
    expect((await sharp(webpWithExif).metadata()).exif).toBeDefined();
    const result = await processImage(webpWithExif);
    expect(result).toMatchObject({ mimeType: "image/webp", extension: "webp", width: 900, height: 900 });
    expect((await expectNoMetadata(result.original)).format).toBe("webp");
    expect(await expectNoMetadata(result.thumbnail)).toMatchObject({ width: THUMBNAIL_MAX_WIDTH, height: THUMBNAIL_MAX_WIDTH });
  });

  it("converts a CMYK JPEG to sRGB", async () => {
    expect((await sharp(cmykJpeg).metadata()).space).toBe("cmyk");
    const result = await processImage(cmykJpeg);
    expect(await expectNoMetadata(result.original)).toMatchObject({ space: "srgb", channels: 3 });
  });

  it("never enlarges a small image for its thumbnail", async () => {
    const result = await processImage(smallJpeg);
    expect(await sharp(result.thumbnail).metadata()).toMatchObject({ width: 200, height: 150 });
  });
});

describe("processImage: refusals", () => {
  it.each(REFUSED)("refuses %s", async (_name, bytes, code) => {
    const error = await refusalOf(bytes);
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it("explains refusals in words a curator understands", async () => {
    expect((await refusalOf(gif)).message).toMatch(/GIF images are not accepted.*JPEG, PNG or WebP/);
    expect((await refusalOf(REFUSED[2]![1])).message).toMatch(/PDF document, not an image/);
    expect((await refusalOf(Buffer.alloc(MAX_UPLOAD_BYTES + 1))).message).toMatch(/at most 10 MB/);
    expect((await refusalOf(pngHeaderOnly(20_000, 20_000))).message).toMatch(/20000 × 20000 pixels/);
  });

  it("gives each refusal as a message key with what it found, which a Russian form says in Russian", async () => {
    const russian = createTranslator({ locale: "ru", messages: { validation: ru.validation }, namespace: "validation" });
    for (const [name, bytes] of REFUSED) {
      const { reason, message } = await refusalOf(bytes);
      expect(message, name).toBe(englishValidation(reason.key, reason.params));
      const said = russian(reason.key, reason.params);
      expect(said, name).toMatch(/[а-яё]{4}/);
      expect(said, name).not.toMatch(/\b(the|this|file|image|not|accepted)\b/i);
    }
    const inRussian = async (bytes: Buffer) => {
      const { reason } = await refusalOf(bytes);
      return russian(reason.key, reason.params);
    };
    expect(await inRussian(gif)).toBe("Изображения GIF не принимаются. Сохраните файл в формате JPEG, PNG или WebP и загрузите его снова.");
    expect(await inRussian(REFUSED[2]![1])).toMatch(/^Этот файл — документ PDF, а не изображение/);
    expect(await inRussian(REFUSED[5]![1])).toMatch(/^Рисунки SVG не принимаются/);
    expect(await inRussian(pngHeaderOnly(20_000, 20_000))).toMatch(
      /^Изображение — 20000 × 20000 пикс\.; допускается не больше 12000 пикс\./,
    );
    expect(await inRussian(Buffer.alloc(MAX_UPLOAD_BYTES + 1))).toMatch(/^Размер файла — 10\.0 MB; изображение может быть не больше 10 MB/);
  });
});

// ---------------------------------------------------------------- form fields

describe("mediaFieldsSchema", () => {
  const base = {
    translations: { en: { caption: "The memorial in winter" } },
    credit: "A. Photographer",
    licence: "CC BY-SA 4.0",
    entryId: "e1",
  };

  const messages = (input: unknown) => {
    const result = mediaFieldsSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${issueText(i, englishValidation)}`);
  };

  it("accepts form values: trims, drops empty languages, treats blanks as absent", () => {
    const parsed = mediaFieldsSchema.parse({
      ...base,
      translations: { en: { caption: "  The memorial  ", altText: "" }, ru: { caption: " ", altText: "" } },
      licence: "Courtesy of the city archive",
      sourceUrl: "",
      articleId: "",
    });
    expect(parsed).toEqual({
      translations: { en: { caption: "The memorial", altText: "" } },
      credit: "A. Photographer",
      licence: "Courtesy of the city archive",
      sourceUrl: null,
      entryId: "e1",
      articleId: null,
    });
  });

  it("needs a caption in at least one language", () => {
    expect(messages({ ...base, translations: {} })).toEqual(["translations: Give a caption in at least one language"]);
    expect(messages({ ...base, translations: { ru: { caption: "", altText: "Памятник" } } })).toContain(
      "translations.ru.caption: Give a caption in this language too, or remove its alt text",
    );
    expect(messages({ ...base, translations: { de: { caption: "Denkmal" } } }).length).toBeGreaterThan(0);
  });

  it("needs a credit and a licence", () => {
    const { credit: _credit, ...noCredit } = base;
    expect(messages(noCredit)).toEqual(["credit: A credit is required: who made the image or holds its rights"]);
    expect(messages({ ...base, licence: "   " })).toEqual(["licence: A licence is required, e.g. CC BY-SA 4.0 or Public domain"]);
  });

  it("takes only http(s) source addresses", () => {
    expect(mediaFieldsSchema.parse({ ...base, sourceUrl: "https://commons.wikimedia.org/wiki/File:X.jpg" }).sourceUrl).toBe(
      "https://commons.wikimedia.org/wiki/File:X.jpg",
    );
    for (const bad of ["javascript:alert(1)", "ftp://example.org/x.jpg", "not a url"]) {
      expect(messages({ ...base, sourceUrl: bad })).toEqual([
        "sourceUrl: The source must be a web address starting with http:// or https://",
      ]);
    }
  });

  it("belongs to exactly one entry or article", () => {
    expect(messages({ ...base, entryId: undefined })).toEqual(["entryId: Choose the entry or the article this image belongs to"]);
    expect(messages({ ...base, articleId: "a1" })).toEqual(["articleId: An image belongs to an entry or to an article, not both"]);
    expect(messages({ ...base, entryId: null, articleId: "a1" })).toEqual([]);
  });
});

// ---------------------------------------------------------------- createMedia

describe("createMedia", () => {
  let entryId: string;
  let articleId: string;
  const fields = () => ({
    translations: { en: { caption: "Memorial at dusk", altText: "A stone obelisk" }, ru: { caption: "Памятник в сумерках" } },
    credit: "A. Photographer",
    licence: "CC BY 4.0",
    sourceUrl: "https://example.org/photo",
    entryId,
  });

  beforeAll(async () => {
    entryId = (await db.entry.create({ data: { slug: "media-test-memorial", kind: "memorial" } })).id;
    articleId = (await db.article.create({ data: { slug: "media-test-article" } })).id;
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("writes the image and its thumbnail and creates the rows", async () => {
    const created = await createMedia({ actor: UPLOADER, bytes: jpegWithGps, fields: fields() });
    expect(created.filePath).toMatch(/^\d{4}\/\d{2}\/[0-9a-f]{32}\.jpg$/);
    expect(created.thumbPath).toBe(created.filePath.replace(/\.jpg$/, "-thumb.webp"));

    const original = fs.readFileSync(path.join(UPLOADS, created.filePath));
    const thumb = fs.readFileSync(path.join(UPLOADS, created.thumbPath));
    expect(await expectNoMetadata(original)).toMatchObject({ format: "jpeg", width: 800, height: 1200 });
    expect((await expectNoMetadata(thumb)).width).toBeLessThanOrEqual(THUMBNAIL_MAX_WIDTH);

    const row = await db.media.findUniqueOrThrow({
      where: { id: created.id },
      include: { translations: { orderBy: { locale: "asc" } } },
    });
    expect(row).toMatchObject({
      entryId,
      articleId: null,
      filePath: created.filePath,
      thumbPath: created.thumbPath,
      mimeType: "image/jpeg",
      width: 800,
      height: 1200,
      byteSize: original.length,
      credit: "A. Photographer",
      licence: "CC BY 4.0",
      sourceUrl: "https://example.org/photo",
      position: 0,
    });
    expect(row.translations.map(({ locale, caption, altText }) => ({ locale, caption, altText }))).toEqual([
      { locale: "en", caption: "Memorial at dusk", altText: "A stone obelisk" },
      { locale: "ru", caption: "Памятник в сумерках", altText: "" },
    ]);
  });

  it("puts later uploads after earlier ones, and attaches images to articles", async () => {
    const second = await createMedia({ actor: UPLOADER, bytes: webpWithExif, fields: fields() });
    expect((await db.media.findUniqueOrThrow({ where: { id: second.id } })).position).toBe(1);
    expect(second.filePath).toMatch(/\.webp$/);

    const forArticle = await createMedia({ actor: UPLOADER, bytes: pngWithAlpha, fields: { ...fields(), entryId: null, articleId } });
    expect(await db.media.findUniqueOrThrow({ where: { id: forArticle.id } })).toMatchObject({
      articleId,
      entryId: null,
      mimeType: "image/png",
      position: 0,
    });
    expect(fs.existsSync(path.join(UPLOADS, forArticle.filePath))).toBe(true);
    expect(fs.existsSync(path.join(UPLOADS, forArticle.thumbPath))).toBe(true);
  });

  describe("leaves nothing behind", () => {
    let filesBefore: string[];
    let rowsBefore: number;
    let translationsBefore: number;

    const expectUnchanged = async () => {
      expect(uploadedFiles()).toEqual(filesBefore);
      expect(await db.media.count()).toBe(rowsBefore);
      expect(await db.mediaTranslation.count()).toBe(translationsBefore);
    };

    beforeAll(async () => {
      // At least one successful upload first, so the uploads folder exists.
      await createMedia({ actor: UPLOADER, bytes: smallJpeg, fields: fields() });
    });

    beforeEach(async () => {
      filesBefore = uploadedFiles();
      rowsBefore = await db.media.count();
      translationsBefore = await db.mediaTranslation.count();
      expect(filesBefore.length).toBeGreaterThan(0);
    });

    it.each(REFUSED)("when the image is refused: %s", async (_name, bytes, code) => {
      await expect(createMedia({ actor: UPLOADER, bytes, fields: fields() })).rejects.toMatchObject({ name: "MediaError", code });
      await expectUnchanged();
    });

    it("when the fields are invalid (the image is not even processed)", async () => {
      await expect(createMedia({ actor: UPLOADER, bytes: jpegWithGps, fields: { ...fields(), licence: "" } })).rejects.toBeInstanceOf(
        ZodError,
      );
      await expectUnchanged();
    });

    it("when the entry does not exist", async () => {
      const error = await createMedia({ actor: UPLOADER, bytes: jpegWithGps, fields: { ...fields(), entryId: "no-such-entry" } }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "NOT_FOUND", message: "No such entry" });
      await expectUnchanged();
    });

    it("when the article does not exist", async () => {
      await expect(
        createMedia({ actor: UPLOADER, bytes: pngWithAlpha, fields: { ...fields(), entryId: null, articleId: "no-such-article" } }),
      ).rejects.toMatchObject({ code: "NOT_FOUND", message: "No such article" });
      await expectUnchanged();
    });

    it("when the database write fails after the files were written", async () => {
      const writeFile = vi.spyOn(fs.promises, "writeFile");
      vi.spyOn(db, "$transaction").mockRejectedValueOnce(new Error("SQLITE_BUSY: database is locked"));
      await expect(createMedia({ actor: UPLOADER, bytes: jpegWithGps, fields: fields() })).rejects.toThrow("database is locked");
      expect(writeFile).toHaveBeenCalledTimes(2);
      await expectUnchanged();
    });

    it("when the database rejects the row (foreign key)", async () => {
      // Skip the existence check's answer so the insert itself hits the foreign key.
      const realTransaction = db.$transaction.bind(db);
      vi.spyOn(db, "$transaction").mockImplementationOnce(((run: (tx: unknown) => Promise<unknown>) =>
        realTransaction(async (tx) => {
          const lying = new Proxy(tx, {
            get: (target, property, receiver) =>
              property === "entry" ? { findUnique: async () => ({ id: "no-such-entry" }) } : Reflect.get(target, property, receiver),
          });
          return run(lying);
        })) as never);
      await expect(createMedia({ actor: UPLOADER, bytes: jpegWithGps, fields: { ...fields(), entryId: "no-such-entry" } })).rejects.toThrow(
        /foreign key/i,
      );
      await expectUnchanged();
    });
  });
});

describe("the media library: edit, reorder, delete", () => {
  const CURATOR = { id: "curator-1", email: "curator@example.org", name: "Curator", role: "curator" } as const;
  const EDITOR = { id: "editor-1", email: "editor@example.org", name: "Editor", role: "editor" } as const;
  const TEACHER = { id: "teacher-1", email: "teacher@example.org", name: "Teacher", role: "teacher" } as const;
  let entryId: string;
  let ids: string[];

  const metadata = (caption: string) => ({
    translations: { en: { caption, altText: "" }, ru: { caption: "", altText: "" } },
    credit: "Library Photographer",
    licence: "CC0 1.0",
    sourceUrl: "",
  });
  const exists = (relative: string) => fs.existsSync(path.join(UPLOADS, relative));

  beforeAll(async () => {
    entryId = (await db.entry.create({ data: { slug: "media-library-memorial", kind: "memorial" } })).id;
    ids = [];
    for (const caption of ["First", "Second", "Third"]) {
      ids.push((await createMedia({ actor: UPLOADER, bytes: smallJpeg, fields: { ...metadata(caption), entryId } })).id);
    }
  });

  it("lists every image under its entry, in gallery order, with its captions", async () => {
    const { listMedia } = await import("@/lib/data/media/list-media");
    const group = (await listMedia({ locale: "en", page: { page: 1, size: 50 } })).items.find((g) => g.owner.id === entryId);
    expect(group?.owner).toMatchObject({ type: "entry", slug: "media-library-memorial" });
    expect(group?.images.map((i) => i.translations.find((t) => t.locale === "en")?.caption)).toEqual(["First", "Second", "Third"]);
  });

  it("edits the metadata under the upload's rules, keeping before and after in the audit log", async () => {
    const { updateMedia } = await import("@/lib/data/media/update-media");
    await expect(updateMedia({ mediaId: ids[0]!, fields: { ...metadata("First"), credit: " " }, actor: EDITOR })).rejects.toBeInstanceOf(
      ZodError,
    );
    await expect(updateMedia({ mediaId: ids[0]!, fields: metadata("First"), actor: TEACHER })).rejects.toMatchObject({ status: 403 });
    await expect(updateMedia({ mediaId: "no-such-image", fields: metadata("x"), actor: EDITOR })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const owner = await updateMedia({
      mediaId: ids[0]!,
      fields: {
        translations: { en: { caption: "First, renamed", altText: "" }, ru: { caption: "Первое", altText: "Камень" } },
        credit: "New Credit",
        licence: "CC BY 4.0",
        sourceUrl: "https://example.org/first",
      },
      actor: EDITOR,
    });
    expect(owner).toEqual({ ownerType: "entry", ownerSlug: "media-library-memorial" });
    const row = await db.media.findUniqueOrThrow({
      where: { id: ids[0]! },
      select: {
        credit: true,
        licence: true,
        sourceUrl: true,
        translations: { select: { locale: true, caption: true, altText: true }, orderBy: { locale: "asc" } },
      },
    });
    expect(row).toEqual({
      credit: "New Credit",
      licence: "CC BY 4.0",
      sourceUrl: "https://example.org/first",
      translations: [
        { locale: "en", caption: "First, renamed", altText: "" },
        { locale: "ru", caption: "Первое", altText: "Камень" },
      ],
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "media.update", targetId: ids[0]! } });
    expect(JSON.parse(audit.detail)).toMatchObject({ before: { credit: "Library Photographer" }, after: { credit: "New Credit" } });
  });

  it("moves an image one place at a time within its entry", async () => {
    const { moveMedia } = await import("@/lib/data/media/move-media");
    await moveMedia({ mediaId: ids[2]!, direction: "earlier", actor: EDITOR });
    const order = async () =>
      (await db.media.findMany({ where: { entryId }, orderBy: { position: "asc" }, select: { id: true } })).map((m) => m.id);
    expect(await order()).toEqual([ids[0], ids[2], ids[1]]);
    // The first image cannot go earlier: nothing changes.
    await moveMedia({ mediaId: ids[0]!, direction: "earlier", actor: EDITOR });
    expect(await order()).toEqual([ids[0], ids[2], ids[1]]);
    await expect(moveMedia({ mediaId: ids[0]!, direction: "later", actor: TEACHER })).rejects.toMatchObject({ status: 403 });
  });

  it("deletes an image with its files for curators only, and the audit log keeps its metadata", async () => {
    const { deleteMedia } = await import("@/lib/data/media/delete-media");
    const target = await db.media.findUniqueOrThrow({ where: { id: ids[1]! }, select: { filePath: true, thumbPath: true } });
    expect(exists(target.filePath) && exists(target.thumbPath!)).toBe(true);

    await expect(deleteMedia({ mediaId: ids[1]!, actor: EDITOR })).rejects.toMatchObject({ status: 403 });
    expect(await db.media.count({ where: { id: ids[1]! } })).toBe(1);
    expect(exists(target.filePath)).toBe(true);

    await deleteMedia({ mediaId: ids[1]!, actor: CURATOR });
    expect(await db.media.count({ where: { id: ids[1]! } })).toBe(0);
    expect(await db.mediaTranslation.count({ where: { mediaId: ids[1]! } })).toBe(0);
    expect(exists(target.filePath) || exists(target.thumbPath!)).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "media.delete", targetId: ids[1]! } });
    expect(audit.actorEmail).toBe(CURATOR.email);
    expect(JSON.parse(audit.detail)).toMatchObject({
      entrySlug: "media-library-memorial",
      filePath: target.filePath,
      credit: "Library Photographer",
      licence: "CC0 1.0",
      translations: [{ locale: "en", caption: "Second" }],
    });
    await expect(deleteMedia({ mediaId: ids[1]!, actor: CURATOR })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the media forms' field names", () => {
  it("read a form into the schema's shape and put each error back on its field", async () => {
    const { mediaMetadataSchema } = await import("@/lib/validation/media");
    const { mediaMetadataInput, mediaFieldErrors } = await import("@/lib/forms/media-form");
    const form: Record<string, string> = {
      caption_en: "",
      altText_en: "",
      caption_ru: "",
      altText_ru: "Только описание",
      credit: "",
      licence: "CC0 1.0",
      sourceUrl: "ftp://example.org",
    };
    const result = mediaMetadataSchema.safeParse(mediaMetadataInput((name) => form[name]));
    expect(result.success).toBe(false);
    expect(
      mediaFieldErrors(result.error!, englishValidation)
        .map((e) => e.path)
        .sort(),
    ).toEqual(["caption_ru", "credit", "sourceUrl"]);
  });
});
