import { NON_PAGE_CONTENT_SECURITY_POLICY } from "@/lib/security/content-security-policy";

/**
 * The headers next.config.js puts on every answer that is not a page (its SECURITY_HEADERS and the
 * non-page policy). An answer scripts/serve.ts gives before Next.js sees the request carries them
 * itself; tests/unit/non-page-headers.test.ts keeps the two equal.
 */
export const NON_PAGE_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Content-Security-Policy": NON_PAGE_CONTENT_SECURITY_POLICY,
};
