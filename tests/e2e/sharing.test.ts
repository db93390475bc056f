import { expect, test } from "./fixtures";
import { decodeQrImage } from "./qr-decode";

const SHORT_LINK = /^http:\/\/localhost:\d+\/s\/[0-9a-z]{7}$/;

test("an entry's Share dialog gives a short link, its QR code (also full screen) and an embed snippet", async ({ page, baseURL }) => {
  await page.goto("/en/entries/rzhev-memorial");
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: /Share “Rzhev Memorial/ });
  await expect(dialog).toBeVisible();
  const link = dialog.getByRole("textbox", { name: "Short link" });
  await expect(link).toHaveValue(SHORT_LINK);
  const shortLink = await link.inputValue();
  expect(shortLink.startsWith(`${baseURL}/s/`)).toBe(true);

  const qr = dialog.getByRole("img", { name: `QR code for ${shortLink}` });
  await expect(qr).toBeVisible();
  expect(await decodeQrImage(qr)).toBe(shortLink);

  await expect(dialog.getByRole("textbox", { name: "Embed on another website" })).toHaveValue(
    new RegExp(`^<iframe src="${baseURL}/en/embed/entries/rzhev-memorial" title="Rzhev Memorial`),
  );

  // Large enough to scan from the back of a room: most of a 1280 × 720 projector's height.
  await dialog.getByRole("button", { name: "Show large, for the class to scan" }).click();
  const large = dialog.getByRole("img", { name: `QR code for ${shortLink}` });
  const box = await large.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(500);
  expect(await decodeQrImage(large)).toBe(shortLink);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  // The same target gets the same link again; the link opens the entry.
  await page.getByRole("button", { name: "Share" }).click();
  await expect(dialog.getByRole("textbox", { name: "Short link" })).toHaveValue(shortLink);
  await page.goto(shortLink);
  await expect(page).toHaveURL(`${baseURL}/en/entries/rzhev-memorial`);
  await expect(page.getByRole("heading", { level: 1, name: /Rzhev Memorial/ })).toBeVisible();
});

test("a view's short link, read off its QR code, opens the same view", async ({ page, baseURL }) => {
  const view = "/ru/handout?lat=56.2600&lng=34.3300&z=8&kinds=memorial%2Cevent";
  await page.goto(view);
  await page.getByRole("button", { name: "Поделиться" }).click();
  const dialog = page.getByRole("dialog");
  const link = dialog.getByRole("textbox", { name: "Короткая ссылка" });
  await expect(link).toHaveValue(SHORT_LINK);
  const decoded = await decodeQrImage(dialog.getByRole("img", { name: /QR-код/ }));
  expect(decoded).toBe(await link.inputValue());
  await page.goto(decoded!);
  await expect(page).toHaveURL(`${baseURL}${view}`);
});

test("an article page has a Share button too", async ({ page }) => {
  await page.goto("/en/articles/rzhev-memorial-central-figure-installation-begins");
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.getByRole("dialog").getByRole("textbox", { name: "Short link" })).toHaveValue(SHORT_LINK);
  // No embed page for articles (yet): no snippet offered.
  await expect(page.getByRole("dialog").getByRole("textbox", { name: "Embed on another website" })).toHaveCount(0);
});

test("the short link API refuses another site's address with a problem body", async ({ request }) => {
  const answer = await request.post("/api/v1/short-links", { data: { target: "https://evil.example/" } });
  expect(answer.status()).toBe(400);
  expect(answer.headers()["content-type"]).toBe("application/problem+json");
  const unknown = await request.get("/s/zzzzzzz", { maxRedirects: 0 });
  expect(unknown.status()).toBe(404);
});
