import zlib from "node:zlib";
import sharp from "sharp";
import { chunk } from "@/tests/e2e/png";

/** An upload's file part: its bytes, the type it claims and its name. */
export interface HostileFile {
  label: string;
  bytes: Buffer;
  type: string;
  name: string;
}

/**
 * A greyscale PNG of width × height black pixels whose compressed data is tiny: a decompression bomb
 * (`rows` limits how many rows of data are actually there, so a header-only bomb stays small).
 */
async function pngBomb(width: number, height: number, rows = height): Promise<Buffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const row = Buffer.alloc(width + 1);
  const compressed = await new Promise<Buffer>((resolve, reject) => {
    const deflate = zlib.createDeflate({ level: 9 });
    const out: Buffer[] = [];
    deflate.on("data", (data: Buffer) => out.push(data));
    deflate.on("end", () => resolve(Buffer.concat(out)));
    deflate.on("error", reject);
    let y = 0;
    const writeRows = () => {
      while (y < rows) {
        y += 1;
        if (!deflate.write(row)) return deflate.once("drain", writeRows);
      }
      deflate.end();
    };
    writeRows();
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", compressed),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * Files an upload form may be sent: honest small images, and images that lie about their type,
 * decompression bombs (a 10,000 × 10,000 PNG of a few kilobytes, and a 60,000 × 60,000 header),
 * truncated and corrupt files, SVG with script, polyglots, an empty file and one past the size limit.
 * Made once per run (the bomb takes a second or two to compress).
 */
export async function hostileFiles(): Promise<HostileFile[]> {
  const base = sharp({ create: { width: 32, height: 24, channels: 3, background: { r: 200, g: 40, b: 40 } } });
  const png = await base.clone().png().toBuffer();
  const jpeg = await base.clone().jpeg().toBuffer();
  const webp = await base.clone().webp().toBuffer();
  const gif = await base.clone().gif().toBuffer();
  const tiff = await base.clone().tiff().toBuffer();
  const svg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script><rect width="10" height="10"/></svg>',
  );
  const html = Buffer.from("<!doctype html><script>alert(document.cookie)</script>");
  const bomb = await pngBomb(10_000, 10_000);
  const headerBomb = await pngBomb(60_000, 60_000, 4);
  const wideBomb = await pngBomb(100_000, 1, 1);
  return [
    { label: "png", bytes: png, type: "image/png", name: "ok.png" },
    { label: "jpeg", bytes: jpeg, type: "image/jpeg", name: "ok.jpg" },
    { label: "webp", bytes: webp, type: "image/webp", name: "ok.webp" },
    { label: "png claiming jpeg", bytes: png, type: "image/jpeg", name: "lie.jpg" },
    { label: "jpeg claiming png", bytes: jpeg, type: "image/png", name: "lie.png" },
    { label: "gif claiming png", bytes: gif, type: "image/png", name: "lie.png" },
    { label: "tiff claiming jpeg", bytes: tiff, type: "image/jpeg", name: "lie.jpg" },
    { label: "svg claiming png", bytes: svg, type: "image/png", name: "lie.png" },
    { label: "svg as svg", bytes: svg, type: "image/svg+xml", name: "x.svg" },
    { label: "html claiming jpeg", bytes: html, type: "image/jpeg", name: "x.jpg" },
    { label: "png + html polyglot", bytes: Buffer.concat([png, html]), type: "image/png", name: "poly.png" },
    { label: "html + png polyglot", bytes: Buffer.concat([html, png]), type: "image/png", name: "poly.png" },
    { label: "truncated png", bytes: png.subarray(0, Math.floor(png.length / 2)), type: "image/png", name: "cut.png" },
    { label: "truncated jpeg", bytes: jpeg.subarray(0, 40), type: "image/jpeg", name: "cut.jpg" },
    { label: "png magic only", bytes: png.subarray(0, 8), type: "image/png", name: "magic.png" },
    { label: "empty", bytes: Buffer.alloc(0), type: "image/png", name: "empty.png" },
    {
      label: "random bytes",
      bytes: Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)),
      type: "image/jpeg",
      name: "r.jpg",
    },
    { label: "10000x10000 png bomb", bytes: bomb, type: "image/png", name: "bomb.png" },
    { label: "60000x60000 png header", bytes: headerBomb, type: "image/png", name: "bomb2.png" },
    { label: "100000x1 png", bytes: wideBomb, type: "image/png", name: "wide.png" },
    { label: "11 MB file", bytes: Buffer.concat([png, Buffer.alloc(11 * 1024 * 1024)]), type: "image/png", name: "big.png" },
    { label: "name with traversal", bytes: png, type: "image/png", name: "../../../etc/passwd.png" },
    { label: "name with NUL", bytes: png, type: "image/png", name: "a\u0000.php.png" },
  ];
}
