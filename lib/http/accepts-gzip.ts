/**
 * Whether an Accept-Encoding header (RFC 9110 §12.5.3) lets the response be gzip-encoded: "gzip"
 * (or its old alias "x-gzip") with a non-zero weight, or "*" with one when gzip is not refused by name.
 */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  let named: number | null = null;
  let wildcard: number | null = null;
  for (const part of header.split(",")) {
    const [coding = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith("q="));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const weight = Number.isFinite(q) ? q : 0;
    if (coding === "gzip" || coding === "x-gzip") named = Math.max(named ?? 0, weight);
    else if (coding === "*") wildcard = Math.max(wildcard ?? 0, weight);
  }
  return named !== null ? named > 0 : (wildcard ?? 0) > 0;
}
