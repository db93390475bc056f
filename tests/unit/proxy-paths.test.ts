import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { answerBeforePages, NOT_A_PAGE } from "@/lib/http/answer-before-pages";

const answer = (address: string, method = "GET") => answerBeforePages(new NextRequest(`http://localhost:3000${address}`, { method }));
/** NextResponse.next(): Next.js goes on to the route as it is. */
const passedOn = (response: Response | undefined) => response?.headers.get("x-middleware-next") === "1";

describe("what the proxy answers before pages, for what `next start` alone would answer badly", () => {
  it.each(["/en/entries/100%25", "/api/v1/entries/%C0%AF", "/media/%C0%AF", "/s/%E0%A4%A", "/basemap/places/%FF"])(
    "refuses the malformed escape in %s with a 400",
    (address) => expect(answer(address)?.status).toBe(400),
  );

  it("answers a method an API address does not take with a 405 problem document, and lets the others through", () => {
    const refused = answer("/api/v1/viewport", "POST");
    expect([refused?.status, refused?.headers.get("allow")]).toEqual([405, "GET, HEAD, OPTIONS"]);
    expect(passedOn(answer("/api/v1/viewport"))).toBe(true);
    expect(passedOn(answer("/api/v1/no-such-address", "DELETE"))).toBe(true);
  });

  it.each(["/media/a%20b.webp", "/s/ab%20c", "/basemap/places/4/8/a%20b.json", "/sitemaps/a%20b.xml"])(
    "passes %s (a well-formed escape outside the pages) on untouched: no language redirect, no page policy",
    (address) => expect(passedOn(answer(address))).toBe(true),
  );

  it("leaves pages to the page part of the proxy", () => {
    expect(answer("/en/entries/%D1%80%D0%B6%D0%B5%D0%B2")).toBeUndefined();
    expect(answer("/entries/x")).toBeUndefined();
  });

  it("sees as pages exactly what proxy.ts's page matcher does", () => {
    const source = fs.readFileSync(path.join(__dirname, "..", "..", "proxy.ts"), "utf8");
    const literal = /matcher: \[[^"]*("[^"]+")/.exec(source)![1]!;
    const pageMatcher = new RegExp(`^${JSON.parse(literal) as string}$`);
    for (const address of [
      "/",
      "/en",
      "/ru/entries/a",
      "/en/admin",
      "/media/x",
      "/s/abc",
      "/api/v1/x",
      "/basemap/a",
      "/robots.txt",
      "/a.b",
      "/sitemaps/1",
    ]) {
      expect(NOT_A_PAGE.test(address), address).toBe(!pageMatcher.test(address));
    }
  });
});
