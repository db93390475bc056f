import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { POST } = await import("@/app/api/v1/short-links/route");
const { GET } = await import("@/app/s/[code]/route");
const { shareTargetSchema } = await import("@/lib/validation/short-link");
const { newShortLinkCode, SHORT_LINK_CODE } = await import("@/lib/share/short-link-code");
const { CLIENT_ADDRESS_HEADER } = await import("@/lib/auth/client-address");

function shorten(target: unknown, address = "192.0.2.1"): Promise<Response> {
  return Promise.resolve(
    POST(
      new Request("http://localhost:3000/api/v1/short-links", {
        method: "POST",
        headers: { "content-type": "application/json", [CLIENT_ADDRESS_HEADER]: address, host: "localhost:3000" },
        body: JSON.stringify({ target }),
      }),
    ),
  );
}

function follow(code: string): Promise<Response> {
  return GET(new Request(`http://localhost:3000/s/${code}`), { params: Promise.resolve({ code }) });
}

describe("short link targets", () => {
  it("accepts pages of this site under a language, keeping path and query and dropping the fragment", () => {
    expect(shareTargetSchema.parse("/en/entries/rzhev-memorial")).toBe("/en/entries/rzhev-memorial");
    expect(shareTargetSchema.parse("/ru?lat=56.2&lng=34.3&z=7#x")).toBe("/ru?lat=56.2&lng=34.3&z=7");
    expect(shareTargetSchema.parse("/en")).toBe("/en");
  });

  it.each([
    "https://evil.example/en",
    "//evil.example/en",
    "/\\evil.example/en",
    "/\tevil.example",
    "javascript:alert(1)",
    "en/entries/x",
    "/api/v1/viewport",
    "/s/abcdefg",
    "/de/entries/x",
    "",
    `/en/${"x".repeat(2000)}`,
  ])("refuses %j, which is not a page of this site", (target) => {
    expect(shareTargetSchema.safeParse(target).success).toBe(false);
  });

  it("draws codes of seven unambiguous characters", () => {
    const codes = new Set(Array.from({ length: 200 }, () => newShortLinkCode()));
    for (const code of codes) expect(code).toMatch(SHORT_LINK_CODE);
    expect(codes.size).toBe(200);
  });
});

describe("POST /api/v1/short-links and GET /s/<code>", () => {
  it("makes a link once per target and sends the visitor to the page", async () => {
    const first = await shorten("/en?lat=56.2&lng=34.3&z=7&kinds=memorial");
    expect(first.status).toBe(201);
    const made = (await first.json()) as { code: string; path: string; url: string };
    expect(made.code).toMatch(SHORT_LINK_CODE);
    expect(made.path).toBe(`/s/${made.code}`);
    expect(made.url).toBe(`http://localhost:3000/s/${made.code}`);

    const again = await shorten("/en?lat=56.2&lng=34.3&z=7&kinds=memorial#list");
    expect(again.status).toBe(200);
    expect(((await again.json()) as { code: string }).code).toBe(made.code);

    const redirect = await follow(made.code);
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toBe("/en?lat=56.2&lng=34.3&z=7&kinds=memorial");
    // A code written on the board in capitals still works.
    expect((await follow(made.code.toUpperCase())).headers.get("location")).toBe("/en?lat=56.2&lng=34.3&z=7&kinds=memorial");
  });

  it("gives two people sharing the same view at once the same link", async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => shorten("/en/entries/same-time")));
    const codes = await Promise.all(answers.map(async (answer) => ((await answer.json()) as { code: string }).code));
    expect(new Set(codes).size).toBe(1);
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
  });

  it("refuses another site with a 400 problem body naming the field", async () => {
    const answer = await shorten("https://evil.example/");
    expect(answer.status).toBe(400);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await answer.json()) as { errors: { path: string }[] };
    expect(problem.errors[0]?.path).toBe("target");
  });

  it("answers 404 for a code nobody made", async () => {
    const answer = await follow("zzzzzzz");
    expect(answer.status).toBe(404);
    expect((await follow("not-a-code")).status).toBe(404);
  });

  it("limits one address, with Retry-After, and not its neighbours", async () => {
    const address = "198.51.100.7";
    let refused: Response | undefined;
    for (let i = 0; i < 70 && !refused; i++) {
      const answer = await shorten(`/en/entries/limit-${i}`, address);
      if (answer.status === 429) refused = answer;
    }
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await shorten("/en/entries/neighbour", "198.51.100.8")).status).toBe(201);
  }, 30_000);
});
