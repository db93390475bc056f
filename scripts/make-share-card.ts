/**
 * Makes public/share-card.png, the image link previews show for a page that has no image of its own
 * (1200 × 630, the size OpenGraph and Twitter cards expect), from the icon's design and the site's
 * name in both languages. Run it after changing either, and commit what it writes:
 *
 *   npx tsx scripts/make-share-card.ts
 */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import en from "../messages/en.json";
import ru from "../messages/ru.json";

const ROOT = path.resolve(__dirname, "..");
const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

const card = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#fbfaf7"/>
  <rect x="0" y="0" width="24" height="630" fill="#7a2e2e"/>
  <g transform="translate(70 195) scale(10)"><rect x="3" y="3" width="18" height="18" rx="3" fill="#7a2e2e"/><path d="M12 6 17 12 12 18 7 12Z" fill="#fff"/></g>
  <text x="340" y="305" font-family="DejaVu Sans, sans-serif" font-size="52" font-weight="700" fill="#1d1f23">${escapeXml(en.site.name)}</text>
  <text x="340" y="380" font-family="DejaVu Sans, sans-serif" font-size="40" fill="#50555e">${escapeXml(ru.site.name)}</text>
</svg>`;

async function main() {
  const png = await sharp(Buffer.from(card)).png({ compressionLevel: 9, palette: true }).toBuffer();
  fs.writeFileSync(path.join(ROOT, "public", "share-card.png"), png);
  console.log(`public/share-card.png: ${png.length} bytes`);
}

void main();
