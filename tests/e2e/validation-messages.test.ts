import { expect, test } from "./fixtures";
import { EDITOR, staffPage } from "./staff";

test("a Russian-reading editor sees the entry form's errors in Russian, the schema's own and zod's", async ({ browser }) => {
  const editor = await staffPage(browser, EDITOR);
  await editor.goto("/ru/admin/entries/new");
  const title = "Т".repeat(301);

  await editor.getByRole("textbox", { name: "Адресное имя (slug)" }).fill("a");
  await editor.getByRole("textbox", { name: "Широта" }).fill("север");
  await editor.getByRole("textbox", { name: "Долгота" }).fill("36.6");
  await editor.getByRole("textbox", { name: "Название (en)" }).fill(title);
  await editor.getByRole("textbox", { name: "Дата" }).fill("когда-то");
  await expect(editor.getByText(/^Эту дату не прочитать/)).toBeVisible();
  await editor.getByRole("button", { name: "Сохранить" }).click();

  await expect(editor.getByRole("main").getByRole("alert")).toHaveText("Исправьте отмеченные поля.");
  await expect(editor.getByRole("textbox", { name: "Широта" })).toHaveAttribute("aria-invalid", "true");
  await expect(editor.getByRole("textbox", { name: "Широта" })).toHaveAccessibleDescription("Широта должна быть числом");
  await expect(editor.getByRole("textbox", { name: "Адресное имя (slug)" })).toHaveAccessibleDescription(
    /^В адресном имени нужно не меньше 2 символов/,
  );
  // No message of the schema's own: zod's "too long", said in Russian.
  await expect(editor.getByRole("textbox", { name: "Название (en)" })).toHaveAccessibleDescription("Не больше 300 символов");
  await expect(editor.getByRole("textbox", { name: "Дата" })).toHaveAccessibleDescription(/^Эту дату не прочитать/);
  // Nothing typed is lost.
  await expect(editor.getByRole("textbox", { name: "Название (en)" })).toHaveValue(title);
});

test("a Russian-reading editor sees the article form's errors in Russian", async ({ browser }) => {
  const editor = await staffPage(browser, EDITOR);
  await editor.goto("/ru/admin/articles/new");

  await editor.getByRole("textbox", { name: "Имя в адресе (slug)" }).fill("russian-errors-article");
  await editor.getByRole("textbox", { name: "Адрес оригинала (URL)" }).fill("javascript:alert(1)");
  await editor.getByRole("textbox", { name: "Заголовок (en)" }).fill("Статья");
  await editor.getByRole("textbox", { name: "Краткое содержание (en)" }).fill("К".repeat(2001));
  await editor.getByRole("button", { name: "Сохранить" }).click();

  await expect(editor.getByRole("main").getByRole("alert")).toHaveText("Исправьте отмеченные поля.");
  await expect(editor.getByRole("textbox", { name: "Адрес оригинала (URL)" })).toHaveAccessibleDescription(
    /^Укажите веб-адрес, начинающийся с http:\/\/ или https:\/\//,
  );
  await expect(editor.getByRole("textbox", { name: "Краткое содержание (en)" })).toHaveAccessibleDescription(/^Не больше 2\s000 символов$/);
});

test("the entry API still answers in English", async ({ browser }) => {
  const editor = await staffPage(browser, EDITOR);
  const response = await editor.request.post("/api/v1/admin/entries", {
    headers: { "Accept-Language": "ru" },
    data: { slug: "a", kind: "memorial", latitude: "north", longitude: "1", translations: { en: { title: "T" }, ru: { title: "" } } },
  });
  expect(response.status()).toBe(400);
  const problem = (await response.json()) as { errors: { path: string; message: string }[] };
  expect(problem.errors).toEqual([
    { path: "slug", message: "A slug needs at least 2 characters" },
    { path: "latitude", message: "Latitude must be a number" },
  ]);
});
