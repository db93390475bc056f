/**
 * Failures the harness finds outside the code it may change, reported to whoever owns that code and
 * counted apart so the run still fails on anything new. Delete an entry once its fix lands: the run
 * then fails if it comes back.
 */
export interface KnownFinding {
  name: string;
  matches: (answer: { path: string; status: number }) => boolean;
}

export const KNOWN_FINDINGS: KnownFinding[] = [
  {
    // An address under /api/v1 that no route serves gets Next.js's HTML 404 page or an empty 405.
    name: "404 page or empty 405, not a problem document, for an /api/v1 address no route serves",
    matches: ({ path, status }) => (status === 404 || status === 405) && /\/api\/v1\/(.*\/)?(\?|$)/.test(path),
  },
];

/** The known finding an answer is, if any. */
export function knownFinding(answer: { path: string; status: number }): KnownFinding | undefined {
  return KNOWN_FINDINGS.find((finding) => finding.matches(answer));
}
