import { describe, expect, it } from "vitest";
import { acceptsGzip } from "@/lib/http/accepts-gzip";

describe("acceptsGzip", () => {
  it("accepts gzip named with or without a weight, in any case and position", () => {
    for (const header of ["gzip", "gzip, deflate, br", "br;q=1.0, GZIP;q=0.5", "deflate, x-gzip", " gzip ; q=0.001 "]) {
      expect(acceptsGzip(header), header).toBe(true);
    }
  });

  it("refuses a missing or empty header, other codings only, and gzip weighted 0", () => {
    for (const header of [null, "", "identity", "br, deflate", "gzip;q=0", "gzip;q=0.000, br", "*;q=0", "gzip;q=oops"]) {
      expect(acceptsGzip(header), String(header)).toBe(false);
    }
  });

  it("takes * for gzip unless gzip is refused by name", () => {
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("br, *;q=0.1")).toBe(true);
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
  });
});
