import { describe, expect, it } from "vitest";
import { isMalformedPath, malformedPathAnswer } from "@/lib/http/malformed-path";

describe("paths with malformed percent escapes", () => {
  it.each([
    "/en/entries/100%25",
    "/en/entries/%E0%A4%A",
    "/api/v1/entries/%C0%AF",
    "/en/entries/%",
    "/ru/articles/%zz",
    "/api/v1/admin/articles/%FF",
  ])("refuses %s", (path) => expect(isMalformedPath(path)).toBe(true));

  it.each(["/", "/en/entries/rzhev-memorial", "/ru/entries/%D1%80%D0%B6%D0%B5%D0%B2", "/media/a%20b.webp", "/en/entries/100%2541"])(
    "lets %s through",
    (path) => expect(isMalformedPath(path)).toBe(false),
  );

  it("answers the API with a problem document and pages with a plain page, both 400", () => {
    const api = malformedPathAnswer("/api/v1/entries/%C0%AF");
    expect(api.status).toBe(400);
    expect(api.headers["Content-Type"]).toBe("application/problem+json");
    expect(JSON.parse(api.body)).toMatchObject({ status: 400, title: "Invalid request" });
    const page = malformedPathAnswer("/en/entries/%C0%AF");
    expect(page.headers["Content-Type"]).toBe("text/html; charset=utf-8");
    expect(page.body).toContain("This address cannot be read");
  });
});
