import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { CURATOR, EDITOR, staffPage } from "./staff";

test("a curator brings a deleted entry back as a draft; an editor sees it listed but may not restore it", async ({ browser, request }) => {
  const curator = await staffPage(browser, CURATOR);
  const slug = `deleted-then-back-${Date.now().toString(36)}`;
  const created = await curator.request.post("/api/v1/admin/entries", {
    data: {
      slug,
      kind: "memorial",
      latitude: 56.25,
      longitude: 34.3,
      date: "1985-05",
      translations: { en: { title: "A memorial deleted by mistake" }, ru: { title: "Мемориал, удалённый по ошибке" } },
      relations: [{ type: "comparable_to", target: "rzhev-memorial", note: "", source: "" }],
      citations: [{ source: "tass-rzhev-liberation-80", field: "date", note: "" }],
    },
  });
  expect(created.status()).toBe(201);
  await curator.goto(`/en/admin/entries/${slug}`);
  await curator.getByRole("checkbox", { name: /I understand the entry/ }).check();
  await curator.getByRole("button", { name: "Delete this entry" }).click();
  // The editor has other live regions (the place search's and the point check's): the one that names the entry.
  await expect(curator.getByRole("status").filter({ hasText: slug })).toHaveText(`The entry ${slug} was deleted.`);

  const editor = await staffPage(browser, EDITOR);
  await editor.goto("/en/admin/entries");
  await editor.getByRole("link", { name: "Deleted entries" }).click();
  const editorRow = editor.getByRole("row", { name: /A memorial deleted by mistake/ });
  await expect(editorRow).toContainText("curator@demo.invalid");
  await expect(editorRow.getByRole("button")).toHaveCount(0);

  await curator.goto("/ru/admin/entries/deleted");
  expect(await seriousViolations(curator)).toEqual([]);
  await curator.getByRole("button", { name: "Восстановить «Мемориал, удалённый по ошибке» как черновик" }).click();
  await expect(curator.getByRole("status").filter({ hasText: "восстановлена" })).toBeVisible();
  await expect(curator.getByRole("heading", { level: 1 })).toContainText("A memorial deleted by mistake");
  await expect(curator.getByText("Статус: Черновик")).toBeVisible();
  await expect(curator.getByRole("textbox", { name: "Дата", exact: true })).toHaveValue("1985-05");
  // A draft again: not public until a curator publishes it.
  expect((await request.get(`/en/entries/${slug}`)).status()).toBe(404);

  await curator.goto("/en/admin/entries/deleted");
  await expect(curator.getByRole("row", { name: /A memorial deleted by mistake/ })).toContainText("Brought back already.");
});
