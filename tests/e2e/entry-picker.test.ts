import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { EDITOR, staffPage } from "./staff";

test("a visitor adds a monument from the keyboard: typed in Cyrillic, found on the server, chosen with the arrows and Enter", async ({
  page,
}) => {
  await page.goto("/ru/compare?entries=rzhev-memorial,mamayev-kurgan");
  const field = page.getByRole("combobox", { name: "Добавить памятник" });
  await field.fill("Хатынь");
  const list = page.getByRole("listbox", { name: "Подходящие записи" });
  await expect(list.getByRole("option", { name: /^Мемориальный комплекс «Хатынь»/ })).toBeVisible();
  await expect(field).toHaveAttribute("aria-expanded", "true");
  // Only memorials not already compared are offered.
  await expect(list.getByRole("option", { name: /Ржевский мемориал/ })).toHaveCount(0);

  await field.press("ArrowDown");
  const first = list.getByRole("option").first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(field).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id")) ?? "");
  expect(await seriousViolations(page)).toEqual([]);
  // Enter chooses the highlighted match and closes the list; it does not send the form.
  await field.press("Enter");
  await expect(field).toHaveValue("khatyn-memorial");
  await expect(list).toBeHidden();
  await expect(field).toHaveAttribute("aria-expanded", "false");
  await expect(page).toHaveURL(/entries=rzhev-memorial,mamayev-kurgan$/);

  // Escape closes the list and keeps what was typed; nothing found says so.
  await field.fill("Брест");
  await expect(list.getByRole("option").first()).toBeVisible();
  await field.press("Escape");
  await expect(list).toBeHidden();
  await expect(field).toHaveValue("Брест");
  await field.fill("zzqqxx");
  await expect(page.getByText("Нет записей по запросу «zzqqxx».")).toBeVisible();

  await field.fill("khatyn-memorial");
  await page.getByRole("button", { name: "Добавить", exact: true }).click();
  await expect(page.getByRole("table", { name: "Сравниваемые памятники" }).getByRole("columnheader", { name: /Хатынь/ })).toBeVisible();
});

test("an editor links a draft found by title from the keyboard; the page names the link and visitors never see drafts", async ({
  browser,
  request,
}) => {
  const editor = await staffPage(browser, EDITOR);
  const slug = `picker-draft-${Date.now().toString(36)}`;
  const title = `Picker draft ${slug}`;
  const created = await editor.request.post("/api/v1/admin/entries", {
    data: { slug, kind: "place", translations: { en: { title }, ru: { title: "" } } },
  });
  expect(created.status()).toBe(201);

  // The staff endpoint answers staff only; the public one never offers a draft.
  const refused = await request.get(`/api/v1/admin/entry-options?q=${slug}`);
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");
  const staff = (await (await editor.request.get(`/api/v1/admin/entry-options?q=${slug}`)).json()) as { slug: string; status: string }[];
  expect(staff[0]).toMatchObject({ slug, status: "draft" });
  expect(await (await request.get(`/api/v1/entry-options?q=${slug}`)).json()).toEqual([]);
  const empty = await request.get("/api/v1/entry-options?q=");
  expect(empty.status()).toBe(400);
  expect(empty.headers()["content-type"]).toContain("application/problem+json");

  await editor.goto("/en/admin/entries/rzhev-memorial");
  const links = editor.getByRole("group", { name: "Links to other entries" });
  await links.getByRole("button", { name: "Add a link" }).click();
  const rows = links.getByRole("group", { name: /^Link \d+$/ });
  const row = rows.last();
  const field = row.getByRole("combobox", { name: "Linked entry" });
  await field.fill(title);
  await expect(row.getByRole("option", { name: new RegExp(`^${title} ${slug} · Place · Draft`) })).toBeVisible();
  await field.press("ArrowDown");
  await field.press("Enter");
  await expect(field).toHaveValue(slug);
  await expect(row.getByText(`Links to: ${title}`)).toBeVisible();
  // The entry being edited is never offered as its own link.
  await field.fill("rzhev-memorial");
  await expect(row.getByRole("option", { name: /^Opening of the Rzhev Memorial to the Soviet Soldier/ })).toBeVisible();
  await expect(row.getByRole("option", { name: /rzhev-memorial ·/ })).toHaveCount(0);
});
