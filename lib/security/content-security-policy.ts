/**
 * The Content-Security-Policy of an HTML page. Scripts run only with this response's nonce (Next.js
 * puts it on its own script tags when it finds it in the request's CSP header), and what those scripts
 * load ('strict-dynamic'); no inline script or eval otherwise. Styles allow inline attributes: Leaflet,
 * vis-timeline and React's `style` props set them, and a style cannot run code. Pages may be framed
 * only where `frameable` says so (the embed pages); everywhere else, by no one.
 */
export function pageContentSecurityPolicy(options: {
  nonce: string;
  /** The origin of the optional raster tiles (MAP_TILE_URL), which the map loads as images. */
  tileOrigin: string | null;
  frameable: boolean;
  /** `next dev` evaluates code for hot reloading. */
  development: boolean;
  https: boolean;
}): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${options.nonce}'`, "'strict-dynamic'", ...(options.development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:", ...(options.tileOrigin ? [options.tileOrigin] : [])],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(options.development ? ["ws:"] : [])],
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", options.frameable ? "*" : "'none'"],
  ];
  if (options.https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/**
 * Responses that are not pages (JSON, images, files): nothing in them may load anything or be framed. No
 * `sandbox`: it would stop the browser's own JSON viewer from running when someone opens the API in a tab.
 */
export const NON_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The origin of a tile URL template such as https://tile.example.org/{z}/{x}/{y}.png, or null. */
export function tileOriginOf(template: string): string | null {
  if (!template) return null;
  try {
    const url = new URL(template.replace(/\{[a-z]\}/gi, "0"));
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
