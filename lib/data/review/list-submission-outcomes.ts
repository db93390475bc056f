import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";

export type SubmissionOutcomeKind = "waiting" | "published" | "returned" | "withdrawn";

export interface SubmissionOutcome {
  entryId: string;
  slug: string;
  title: string;
  submittedAt: Date;
  outcome: SubmissionOutcomeKind;
  /** When and by whom it was decided; null while waiting. */
  decidedAt: Date | null;
  decidedBy: string | null;
}

/** The status an entry had after a revision, read from the revision's snapshot. */
function statusAfter(snapshot: string): unknown {
  return (JSON.parse(snapshot) as { status?: unknown }).status;
}

/**
 * What became of the entries a person sent for review, newest submission first: the first status
 * change after each submission says whether it was published, sent back, or withdrawn by the person
 * themselves. Read from the revision history, so nobody has to be asked.
 */
export async function listSubmissionOutcomes({ authorId, locale, limit = 10 }: { authorId: string; locale: string; limit?: number }): Promise<SubmissionOutcome[]> {
  const own = await db.revision.findMany({
    where: { authorId, action: "status" },
    orderBy: { createdAt: "desc" },
    take: limit * 5,
    select: { entryId: true, version: true, createdAt: true, snapshot: true },
  });
  const submissions: typeof own = [];
  for (const revision of own) {
    if (statusAfter(revision.snapshot) !== "in_review" || submissions.some((s) => s.entryId === revision.entryId)) continue;
    submissions.push(revision);
    if (submissions.length === limit) break;
  }
  if (submissions.length === 0) return [];

  const entryIds = submissions.map((s) => s.entryId);
  const [later, entries] = await Promise.all([
    db.revision.findMany({
      where: { entryId: { in: entryIds }, action: "status" },
      orderBy: { version: "asc" },
      select: { entryId: true, version: true, createdAt: true, snapshot: true, authorId: true, authorEmail: true },
    }),
    db.entry.findMany({ where: { id: { in: entryIds } }, select: { id: true, slug: true, translations: { select: { locale: true, title: true } } } }),
  ]);

  return submissions.flatMap((submission): SubmissionOutcome[] => {
    const entry = entries.find((e) => e.id === submission.entryId);
    if (!entry) return [];
    const decision = later.find((r) => r.entryId === submission.entryId && r.version > submission.version);
    const status = decision ? statusAfter(decision.snapshot) : null;
    const outcome: SubmissionOutcomeKind =
      status === "published" ? "published" : status === "draft" ? (decision?.authorId === authorId ? "withdrawn" : "returned") : "waiting";
    return [
      {
        entryId: entry.id,
        slug: entry.slug,
        title: pickTranslation(entry.translations, locale)?.title ?? entry.slug,
        submittedAt: submission.createdAt,
        outcome,
        decidedAt: outcome === "waiting" ? null : (decision?.createdAt ?? null),
        decidedBy: outcome === "waiting" ? null : (decision?.authorEmail ?? null),
      },
    ];
  });
}
