/**
 * Failures the harness finds outside the code it may change, reported to whoever owns that code and
 * counted apart so the run still fails on anything new. Delete an entry once its fix lands: the run
 * then fails if it comes back.
 */
export interface KnownFinding {
  name: string;
  matches: (answer: { path: string; status: number }) => boolean;
}

export const KNOWN_FINDINGS: KnownFinding[] = [];

/** The known finding an answer is, if any. */
export function knownFinding(answer: { path: string; status: number }): KnownFinding | undefined {
  return KNOWN_FINDINGS.find((finding) => finding.matches(answer));
}
