import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { NON_PAGE_HEADERS } from "@/lib/http/non-page-headers";

interface HeaderRule {
  source: string;
  has?: unknown[];
  headers: { key: string; value: string }[];
}

const nextConfig = createRequire(import.meta.url)("../../next.config.js") as { headers: () => Promise<HeaderRule[]> };

describe("the headers of an answer given before Next.js sees the request", () => {
  it("are those next.config.js gives every API answer", async () => {
    const rules = await nextConfig.headers();
    const forApi = rules.filter((rule) => !rule.has && (rule.source === "/:path*" || rule.source === "/api/:path*"));
    const given = Object.fromEntries(forApi.flatMap((rule) => rule.headers.map(({ key, value }) => [key, value])));
    expect(NON_PAGE_HEADERS).toEqual(given);
  });
});
