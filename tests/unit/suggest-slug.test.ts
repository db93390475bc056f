import { describe, expect, it } from "vitest";
import { suggestSlug } from "@/lib/content/suggest-slug";
import { slugSchema } from "@/lib/validation/entry";

describe("a slug suggested from a title", () => {
  it("transliterates Russian as the search does and keeps Latin letters and digits", () => {
    expect(suggestSlug("Пискарёвское мемориальное кладбище")).toBe("piskaryovskoe-memorialnoe-kladbishche");
    expect(suggestSlug("Rzhev Memorial to the Soviet Soldier")).toBe("rzhev-memorial-to-the-soviet-soldier");
    expect(suggestSlug("Mamayev Kurgan (1967)")).toBe("mamayev-kurgan-1967");
    expect(suggestSlug("Café Crème")).toBe("cafe-creme");
  });

  it("is always a slug the schema accepts, or empty", () => {
    for (const title of ["«Алёша»", "  --  ", "Хатынь, 1943", "a".repeat(300), "Мемориал ".repeat(20)]) {
      const slug = suggestSlug(title);
      if (slug.length >= 2) expect(slugSchema.safeParse(slug).success).toBe(true);
      expect(slug.length).toBeLessThanOrEqual(80);
    }
  });
});
