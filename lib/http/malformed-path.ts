import { ERROR_TITLE } from "@/lib/errors/error-codes";
import { NON_PAGE_HEADERS } from "./non-page-headers";

function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when a request's path (no query) has a percent escape that does not decode to UTF-8 text
 * (`%E0%A4%A`, `%C0%AF`), or decodes to text that would not survive a second decoding (`100%25` is
 * "100%"): Next.js decodes a route parameter again and answers such a path with a 500. No address of
 * this app has a `%` in it once decoded, so refusing both refuses nothing real.
 */
export function isMalformedPath(path: string): boolean {
  if (!decodes(path)) return true;
  const decoded = decodeURIComponent(path);
  return decoded.includes("%") && !decodes(decoded);
}

export interface PlainAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const DETAIL = "The address has a percent sign (%) that is not followed by a valid UTF-8 escape.";

/** The 400 for a malformed path: a problem document under /api/, a plain page anywhere else. */
export function malformedPathAnswer(path: string): PlainAnswer {
  const status = 400;
  const common = NON_PAGE_HEADERS;
  if (path.startsWith("/api/")) {
    return {
      status,
      headers: { ...common, "Content-Type": "application/problem+json" },
      body: JSON.stringify({ type: "about:blank", title: ERROR_TITLE.INVALID_REQUEST, status, detail: DETAIL }),
    };
  }
  return {
    status,
    headers: { ...common, "Content-Type": "text/html; charset=utf-8" },
    body:
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>Bad address</title>' +
      `<h1>This address cannot be read</h1><p>${DETAIL} Check the link, or start again from <a href="/">the home page</a>.</p>` +
      '<p lang="ru">Адрес содержит знак % без правильного кода после него. Проверьте ссылку или начните с <a href="/">главной страницы</a>.</p></html>',
  };
}
