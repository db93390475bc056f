import { afterAll, describe, expect, it } from "vitest";

const chosen = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE = "/nonexistent/chromium";
afterAll(() => {
  if (chosen === undefined) delete process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  else process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE = chosen;
});
const { GET } = await import("@/app/[locale]/(public)/handout.pdf/route");

describe("the handout PDF on a server without Chromium", () => {
  it("answers 503 with a problem body that says what is missing", async () => {
    const answer = await GET(new Request("http://localhost:3000/en/handout.pdf?lat=56.26&lng=34.33&z=8"), {
      params: Promise.resolve({ locale: "en" }),
    });
    expect(answer.status).toBe(503);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await answer.json()) as { detail: string };
    expect(problem.detail).toMatch(/no headless Chromium/);
  });

  it("answers 404 for a language the site does not have", async () => {
    const answer = await GET(new Request("http://localhost:3000/de/handout.pdf"), { params: Promise.resolve({ locale: "de" }) });
    expect(answer.status).toBe(404);
  });
});
