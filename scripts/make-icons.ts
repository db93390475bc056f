/**
 * Makes the site's icons in public/ from the one design, app/icon.svg (which Next.js also serves as
 * the SVG favicon). Run it after changing the design and commit what it writes:
 *
 *   npx tsx scripts/make-icons.ts
 *
 * favicon.ico keeps the design's transparent margin (browser tabs draw it on their own background);
 * the touch and app icons are filled edge to edge with the design's colour, because iOS and Android
 * put their own rounded mask on a square and show any transparency as black. The diamond stays
 * inside the central 80% circle that Android's maskable icons keep.
 */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const ROOT = path.resolve(__dirname, "..");
const DESIGN = fs.readFileSync(path.join(ROOT, "app", "icon.svg"));
const PUBLIC = path.join(ROOT, "public");
/** The design's square (the rect in app/icon.svg). */
const FILL = "#7a2e2e";
/** The design is drawn on a 24-unit viewBox; SVG renders at 72 dpi, so this density gives `size` pixels. */
const densityFor = (size: number) => (72 * size) / 24;

function render(size: number) {
  return sharp(DESIGN, { density: densityFor(size) }).resize(size, size);
}

async function png(size: number, filled: boolean): Promise<Buffer> {
  const image = render(size);
  return (filled ? image.flatten({ background: FILL }) : image).png({ compressionLevel: 9 }).toBuffer();
}

/** An ICO file holding PNG images (supported by every browser that reads .ico at all). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

async function main(): Promise<void> {
  fs.mkdirSync(PUBLIC, { recursive: true });
  const favicon = await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(size, false) })));
  const files: Record<string, Buffer> = {
    "favicon.ico": ico(favicon),
    "apple-touch-icon.png": await png(180, true),
    "icon-192.png": await png(192, true),
    "icon-512.png": await png(512, true),
  };
  for (const [name, data] of Object.entries(files)) {
    fs.writeFileSync(path.join(PUBLIC, name), data);
    console.log(`public/${name}: ${data.length} bytes`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
