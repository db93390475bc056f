import { describe, expect, it } from "vitest";
import { trustedOrigins } from "@/lib/auth/trusted-origins";
import { isAppError } from "@/lib/errors/app-error";
import { refuseCrossSiteWrite } from "@/lib/http/refuse-cross-site-write";

const trusted = trustedOrigins[0]!;

function refusal(method: string, headers: Record<string, string>): string | null {
  try {
    refuseCrossSiteWrite(new Request(`${trusted}/api/v1/admin/entries`, { method, headers }));
    return null;
  } catch (error) {
    if (!isAppError(error, "FORBIDDEN")) throw error;
    return error.message;
  }
}

describe("the admin API's origin check", () => {
  it("lets a write through from an origin staff sign in from, by Origin or by Referer", () => {
    expect(refusal("POST", { Origin: trusted })).toBeNull();
    expect(refusal("PUT", { Referer: `${trusted}/en/admin/entries/x` })).toBeNull();
  });

  it("refuses a write from any other origin, and says which setting to change", () => {
    expect(refusal("POST", { Origin: "http://localhost:1" })).toMatch(/http:\/\/localhost:1 .*TRUSTED_ORIGINS/);
    expect(refusal("DELETE", { Referer: "http://evil.example/page" })).toMatch(/http:\/\/evil.example/);
    expect(refusal("PATCH", { Origin: "null" })).not.toBeNull();
    // The Origin decides when both are sent.
    expect(refusal("POST", { Origin: "http://evil.example", Referer: `${trusted}/` })).not.toBeNull();
  });

  it("refuses a browser's write that names no origin, and lets a script's through", () => {
    expect(refusal("POST", { "Sec-Fetch-Site": "cross-site" })).not.toBeNull();
    expect(refusal("POST", {})).toBeNull();
  });

  it("refuses a write made with the staff session cookie that names no origin, unless the browser says it is same-origin", () => {
    const session = { Cookie: "NEXT_LOCALE=en; better-auth.session_token=abc.def" };
    expect(refusal("POST", session)).toMatch(/no Origin header/);
    expect(refusal("DELETE", { Cookie: "__Secure-better-auth.session_token=abc.def" })).toMatch(/no Origin header/);
    expect(refusal("PUT", { ...session, "Sec-Fetch-Site": "same-origin" })).toBeNull();
    expect(refusal("PATCH", { ...session, "Sec-Fetch-Site": "same-site" })).not.toBeNull();
    expect(refusal("POST", { ...session, Origin: trusted })).toBeNull();
    // No session: nothing to forge, and the permission check answers 401.
    expect(refusal("POST", { Cookie: "NEXT_LOCALE=en" })).toBeNull();
  });

  it("never refuses a read", () => {
    expect(refusal("GET", { Origin: "http://evil.example" })).toBeNull();
    expect(refusal("HEAD", { Origin: "http://evil.example" })).toBeNull();
  });
});
