/**
 * Failures the harness finds outside the code it may change, reported to whoever owns that code and
 * counted apart so the run still fails on anything new. Delete an entry once its fix lands: the run
 * then fails if it comes back.
 */
export interface KnownFinding {
  name: string;
  matches: (answer: { path: string; status: number }) => boolean;
}

/** None at the moment: an /api/v1 address no route serves answers a 404 problem document, a method it does not take a 405 one. */
export const KNOWN_FINDINGS: KnownFinding[] = [];

/** The known finding an answer is, if any. */
export function knownFinding(answer: { path: string; status: number }): KnownFinding | undefined {
  return KNOWN_FINDINGS.find((finding) => finding.matches(answer));
}
