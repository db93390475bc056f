import { z } from "zod";
import { routing } from "@/i18n/routing";

/** A made-up origin to resolve targets against: whatever resolves elsewhere is not on this site. */
const HERE = "http://this-site.invalid";

const MAX_TARGET_LENGTH = 2000;

/**
 * The page a short link leads to: a path and query on this site, under a language prefix
 * ("/en/entries/x", "/ru?lat=…"). Anything that could leave the site — another origin, "//host",
 * "/\host", a scheme — is refused, so /s/<code> can never become an open redirect. The fragment is
 * dropped; the path and query are kept as the URL parser writes them, so one page is one target.
 */
export const shareTargetSchema = z
  .string()
  .max(MAX_TARGET_LENGTH, `A target is at most ${MAX_TARGET_LENGTH} characters`)
  .transform((text, context) => {
    // Browsers read "\" as "/" and skip tabs and newlines, so "/\evil.example" would leave the site.
    const hasControl = [...text].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f);
    const sameSite = text.startsWith("/") && !text.startsWith("//") && !text.includes("\\") && !hasControl;
    const url = sameSite && URL.canParse(text, HERE) ? new URL(text, HERE) : null;
    const locale = url?.pathname.split("/")[1] ?? "";
    if (!url || url.origin !== HERE || !(routing.locales as readonly string[]).includes(locale)) {
      context.addIssue({ code: "custom", message: "The target must be a page of this site: a path such as /en/entries/rzhev-memorial" });
      return z.NEVER;
    }
    return `${url.pathname}${url.search}`;
  });

export const shortLinkRequestSchema = z.object({ target: shareTargetSchema });
