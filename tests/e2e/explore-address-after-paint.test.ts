import { expect, test } from "./fixtures";
import { WHOLE_COLLECTION } from "./whole-collection";

declare global {
  interface Window {
    /** Frames drawn so far, the frame in which the click came, and the frame of each history write. */
    __frames?: { drawn: number; clickedIn: number | null; writes: { kind: string; frame: number; url: string }[] };
  }
}

const RZHEV = "Rzhev Memorial to the Soviet Soldier";

test("choosing an entry adds its history step only after the views have drawn the selection, and Back still undoes it", async ({
  page,
}) => {
  await page.goto(`/en?${WHOLE_COLLECTION}`);
  const list = page.getByRole("region", { name: /Entries in view/ });
  await expect(list.getByRole("button", { name: new RegExp(`^${RZHEV}`) })).toBeVisible();
  // The address settles on the opening view first; only the write the choice causes is watched.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const frames = { drawn: 0, clickedIn: null as number | null, writes: [] as { kind: string; frame: number; url: string }[] };
    window.__frames = frames;
    const count = () => {
      frames.drawn += 1;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    document.addEventListener("click", () => (frames.clickedIn = frames.drawn), { capture: true });
    for (const kind of ["pushState", "replaceState"] as const) {
      const original = history[kind].bind(history);
      history[kind] = (data, unused, url) => {
        frames.writes.push({ kind, frame: frames.drawn, url: String(url) });
        original(data, unused, url);
      };
    }
  });

  await list.getByRole("button", { name: new RegExp(`^${RZHEV}`) }).click();
  await expect(page).toHaveURL(/entry=rzhev-memorial/);
  const frames = (await page.evaluate(() => window.__frames))!;
  const push = frames.writes.find((w) => w.kind === "pushState");
  expect(push, JSON.stringify(frames)).toBeDefined();
  // A frame was drawn between the click and the write: the slow history call did not hold up that paint.
  expect(push!.frame).toBeGreaterThan(frames.clickedIn!);
  expect(frames.writes.filter((w) => w.kind === "pushState")).toHaveLength(1);

  await page.goBack();
  await expect(page).not.toHaveURL(/entry=/);
  await expect(list.getByRole("button", { name: new RegExp(`^${RZHEV}`), pressed: true })).toHaveCount(0);
});
