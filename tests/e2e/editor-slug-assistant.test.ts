import { expect, test } from "./fixtures";
import { CURATOR, staffPage } from "./staff";

test("a new entry's slug follows its title until typed by hand, and says when it is taken, offering a free one", async ({ browser }) => {
  const curator = await staffPage(browser, CURATOR);
  await curator.goto("/en/admin/entries/new");
  const slug = curator.getByRole("textbox", { name: "Address name (slug)" });
  const stamp = Date.now().toString(36);

  await curator.getByRole("textbox", { name: "Title (en)" }).fill(`Memorial to the Slug Test ${stamp}`);
  await expect(slug).toHaveValue(`memorial-to-the-slug-test-${stamp}`);
  await expect(curator.getByText(`“memorial-to-the-slug-test-${stamp}” is free.`)).toBeVisible();

  // Typed by hand, it is the person's own: the title no longer changes it.
  await slug.fill("rzhev-memorial");
  await expect(curator.getByText("“rzhev-memorial” is already taken by another record.")).toBeVisible();
  await curator.getByRole("textbox", { name: "Title (en)" }).fill("Another title");
  await expect(slug).toHaveValue("rzhev-memorial");
  await curator.getByRole("button", { name: "Use “rzhev-memorial-2”" }).click();
  await expect(slug).toHaveValue("rzhev-memorial-2");
  await expect(curator.getByText("“rzhev-memorial-2” is free.")).toBeVisible();
});

test("in Russian, a Russian title is transliterated into the slug", async ({ browser }) => {
  const curator = await staffPage(browser, CURATOR);
  await curator.goto("/ru/admin/entries/new");
  await curator.getByRole("textbox", { name: "Название (ru)" }).fill("Пискарёвское кладбище");
  await expect(curator.getByRole("textbox", { name: "Адресное имя (slug)" })).toHaveValue("piskaryovskoe-kladbishche");
});

test("an existing entry's own slug is not taken by itself", async ({ browser }) => {
  const curator = await staffPage(browser, CURATOR);
  await curator.goto("/en/admin/entries/rzhev-memorial");
  // Asked once the editor is interactive, which a loaded machine can take a while to make it.
  await expect(curator.getByText("“rzhev-memorial” is free.")).toBeVisible({ timeout: 15_000 });
});
