import { createHash } from "node:crypto";

/** A short key that is the same whenever the same parts are given: re-analysing a page gives its items and links the same keys. */
export function stableKey(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}
