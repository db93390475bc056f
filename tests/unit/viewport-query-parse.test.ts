import { describe, expect, it, vi } from "vitest";
import { viewportQuerySchema } from "@/lib/validation/viewport";
import { parseViewportQuery } from "@/lib/viewport";

const params = (text: string) => new URLSearchParams(text);

describe("the viewport route's remembered query parse", () => {
  it("parses a query string once and answers a repeat from memory, the same as a new parse", () => {
    const text = "bbox=30,50,45,60&from=1941-06-22&to=1945-05-09&aggregate=timeline&require=dates&limit=300&locale=ru";
    const parse = vi.spyOn(viewportQuerySchema, "safeParse");
    try {
      const first = parseViewportQuery(params(text));
      const again = parseViewportQuery(params(text));
      expect(parse).toHaveBeenCalledTimes(1);
      expect(again).toEqual(first);
      expect(first.success && first.query).toEqual(viewportQuerySchema.parse(Object.fromEntries(params(text))));
    } finally {
      parse.mockRestore();
    }
  });

  it("gives one view asked for in another parameter order the same cache key", () => {
    const a = parseViewportQuery(params("bbox=1,2,3,4&zoom=5&locale=en"));
    const b = parseViewportQuery(params("locale=en&zoom=5&bbox=1,2,3,4"));
    expect(a.success && b.success && a.key === b.key).toBe(true);
    const other = parseViewportQuery(params("bbox=1,2,3,4&zoom=6&locale=en"));
    expect(other.success && a.success && other.key !== a.key).toBe(true);
  });

  it("refuses a malformed query every time and does not remember it", () => {
    const parse = vi.spyOn(viewportQuerySchema, "safeParse");
    try {
      expect(parseViewportQuery(params("bbox=1,2,3")).success).toBe(false);
      expect(parseViewportQuery(params("bbox=1,2,3")).success).toBe(false);
      expect(parse).toHaveBeenCalledTimes(2);
    } finally {
      parse.mockRestore();
    }
  });
});
