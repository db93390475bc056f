import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { EDITOR, staffPage } from "./staff";

const LANGUAGES = [
  { locale: "en", search: "Find a place", latitude: "Latitude", name: "Kaliningrad", option: /^Kaliningrad — also called Königsberg/ },
  { locale: "ru", search: "Найти место", latitude: "Широта", name: "Калининград", option: /^Калининград — также Königsberg/ },
] as const;

for (const words of LANGUAGES) {
  test(`in the entry editor (${words.locale}) a place found by a former name shows its current name with the name matched`, async ({
    browser,
  }) => {
    const editor = await staffPage(browser, EDITOR);
    await editor.goto(`/${words.locale}/admin/entries/new`);
    const search = editor.getByRole("combobox", { name: words.search });
    await search.fill("Konigsberg");
    const first = editor.getByRole("listbox", { name: words.search }).getByRole("option").first();
    await expect(first).toHaveAccessibleName(words.option, { timeout: 15_000 });
    expect(await seriousViolations(editor, ".place-search")).toEqual([]);
    await search.press("ArrowDown");
    await search.press("Enter");
    // The list closes on the current name, and the point is Kaliningrad's.
    await expect(search).toHaveValue(words.name);
    await expect(editor.getByRole("textbox", { name: words.latitude })).toHaveValue(/^54\.7/);
  });
}
