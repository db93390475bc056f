import { describe, expect, it } from "vitest";
import { pageContentSecurityPolicy, tileOriginOf } from "@/lib/security/content-security-policy";

describe("the page Content-Security-Policy", () => {
  const base = { nonce: "abc", tileOrigin: null, frameable: false, development: false, https: false };

  it("lets the optional tile server's images in, and nothing else from it", () => {
    const origin = tileOriginOf("https://tile.example.org/{z}/{x}/{y}.png");
    expect(origin).toBe("https://tile.example.org");
    const policy = pageContentSecurityPolicy({ ...base, tileOrigin: origin });
    expect(policy).toContain("img-src 'self' data: blob: https://tile.example.org");
    expect(policy).toContain("connect-src 'self';");
    expect(tileOriginOf("")).toBeNull();
    expect(tileOriginOf("javascript:alert(1)")).toBeNull();
  });

  it("allows framing only where asked, and eval only in development", () => {
    expect(pageContentSecurityPolicy(base)).toContain("frame-ancestors 'none'");
    expect(pageContentSecurityPolicy({ ...base, frameable: true })).toContain("frame-ancestors *");
    expect(pageContentSecurityPolicy(base)).not.toContain("unsafe-eval");
    expect(pageContentSecurityPolicy({ ...base, development: true })).toContain("'unsafe-eval'");
    expect(pageContentSecurityPolicy({ ...base, https: true })).toContain("upgrade-insecure-requests");
  });
});
