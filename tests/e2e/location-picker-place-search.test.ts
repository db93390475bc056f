import { expect, test } from "./fixtures";
import { EDITOR, staffPage } from "./staff";

/** 12 km south-west of Sevastopol's centre: at sea on every outline the basemap draws. */
const OFF_SEVASTOPOL = { latitude: "44.5316", longitude: "33.4146" };

const LANGUAGES = [
  {
    locale: "en",
    query: "Севастополь",
    search: "Find a place",
    latitude: "Latitude",
    longitude: "Longitude",
    country: "Country code",
    atSea: "On the basemap (Natural Earth), this point is in the sea. Check it is where you mean.",
    outside: "On the basemap (Natural Earth), this point is not inside Latvia.",
  },
  {
    locale: "ru",
    query: "Sevastopol",
    search: "Найти место",
    latitude: "Широта",
    longitude: "Долгота",
    country: "Код страны",
    atSea: "На подложке карты (Natural Earth) эта точка находится в море. Проверьте, туда ли вы её поставили.",
    outside: "На подложке карты (Natural Earth) эта точка лежит вне страны «Латвия».",
  },
] as const;

for (const words of LANGUAGES) {
  test(`in the entry editor (${words.locale}) a place found by name sets the point, and a point at sea or outside the stated country is flagged`, async ({
    browser,
  }) => {
    const editor = await staffPage(browser, EDITOR);
    await editor.goto(`/${words.locale}/admin/entries/new`);
    const search = editor.getByRole("combobox", { name: words.search });
    await search.fill(words.query);
    await expect(editor.getByRole("listbox", { name: words.search }).getByRole("option").first()).toBeVisible({ timeout: 15_000 });
    await search.press("ArrowDown");
    await search.press("Enter");
    await expect(editor.getByRole("textbox", { name: words.latitude })).toHaveValue(/^44\.6/);
    await expect(editor.getByRole("textbox", { name: words.longitude })).toHaveValue(/^33\.5/);
    // The map is centred on the town, close enough to refine the point with a click.
    const picker = editor.getByTestId("location-picker");
    await picker.click();
    await expect(editor.getByRole("textbox", { name: words.latitude })).toHaveValue(/^44\.[56]/);
    await expect(editor.getByRole("textbox", { name: words.longitude })).toHaveValue(/^33\.[45]/);

    await editor.getByRole("textbox", { name: words.country }).fill("LV");
    await expect(editor.getByText(words.outside)).toBeVisible();

    await editor.getByRole("textbox", { name: words.latitude }).fill(OFF_SEVASTOPOL.latitude);
    await editor.getByRole("textbox", { name: words.longitude }).fill(OFF_SEVASTOPOL.longitude);
    await expect(editor.getByText(words.atSea)).toBeVisible();
  });
}
