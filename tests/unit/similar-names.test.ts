import { describe, expect, it } from "vitest";
import { namesLookAlike } from "@/lib/import/similar-names";

const words = (text: string) => new Set(text.toLowerCase().split(/\s+/).filter(Boolean));
const alike = (a: string, b: string, distanceKm = 2) => namesLookAlike(words(a), words(b), distanceKm);

describe("names that look alike, for the import's possible duplicates", () => {
  it("match most words, one of them differing only in its ending", () => {
    expect(alike("soldier and sailor", "soldier and sailor memorial")).toBe(true);
    expect(alike("treptow soviet war memorial", "soviet war memorial treptower park berlin")).toBe(true);
    expect(alike("rzhevskii memorial sovetskomu soldatu", "rzhevskaya memorial sovetskii soldat")).toBe(true);
  });

  it("at the same point, take a name that holds every word of the other", () => {
    const entry = "rzhevskii memorial sovetskomu soldatu";
    const row = "memorial rzhevskaya bitva 1942 1943 pamyatnik sovetskomu soldatu kopiya zapisi";
    expect(alike(row, entry, 0.04)).toBe(true);
    expect(alike(row, entry, 3)).toBe(false);
  });

  it("do not match on one shared word, nor on different numbers", () => {
    expect(alike("bratskaya mogila", "bratskaya mogila letchikov", 0.04)).toBe(true);
    expect(alike("obelisk slavy", "obelisk pobedy", 0.04)).toBe(false);
    expect(alike("mass grave 12", "mass grave 13", 0.04)).toBe(false);
    expect(alike("memorial", "memorial complex of the defenders", 0.04)).toBe(false);
  });

  it("do not take short or unrelated words for the same word", () => {
    expect(alike("kursk station", "kurgan station")).toBe(false);
    expect(alike("volgograd", "volga")).toBe(false);
  });
});
