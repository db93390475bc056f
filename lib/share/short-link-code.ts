import { randomInt } from "node:crypto";

/** Crockford's base32 in lower case: no i, l, o or u, so a code copied off a board is not misread. */
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

export const SHORT_LINK_CODE_LENGTH = 7;

/** What a short link's code looks like; anything else under /s/ is not one. */
export const SHORT_LINK_CODE = /^[0-9a-hjkmnp-tv-z]{7}$/;

/**
 * A new random code: 35 bits (about 34 billion codes), drawn from the system's secure generator, so
 * nobody can walk the codes to find other people's links.
 */
export function newShortLinkCode(): string {
  let code = "";
  for (let i = 0; i < SHORT_LINK_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** A code as someone typed it: any case, with the letters Crockford's alphabet reads as digits (O → 0, I and L → 1). */
export function normalizeShortLinkCode(typed: string): string {
  return typed.toLowerCase().replace(/o/g, "0").replace(/[il]/g, "1");
}
