import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";
import { PUBLISHABLE_NAMES, PUBLISHABLE_TYPES } from "../publishing/publishable-types";
import { recordRows } from "../publishing/record-tables";
import { listOwnStatusChanges, listStatusChangesOf, type ReviewableType, type StatusChange } from "./status-changes";

export type SubmissionOutcomeKind = "waiting" | "published" | "returned" | "withdrawn";

export interface SubmissionOutcome {
  type: ReviewableType;
  id: string;
  slug: string;
  title: string;
  submittedAt: Date;
  outcome: SubmissionOutcomeKind;
  /** When and by whom it was decided; null while waiting. */
  decidedAt: Date | null;
  decidedBy: string | null;
  /** Why it was sent back, when the curator said. */
  reason: string | null;
}

/** The latest submission of each item, newest first, at most `limit`. */
function latestSubmissions(own: StatusChange[], limit: number): StatusChange[] {
  const submissions: StatusChange[] = [];
  for (const change of own) {
    if (change.status !== "in_review" || submissions.some((s) => s.type === change.type && s.id === change.id)) continue;
    submissions.push(change);
    if (submissions.length === limit) break;
  }
  return submissions;
}

function outcomeOf(decision: StatusChange | undefined, authorId: string): SubmissionOutcomeKind {
  if (decision?.status === "published") return "published";
  if (decision?.status === "draft") return decision.authorId === authorId ? "withdrawn" : "returned";
  return "waiting";
}

/**
 * What became of the records a person sent for review, newest submission first: the
 * first status change after each submission says whether it was published, sent back, or withdrawn
 * by the person themselves. Read from the revision histories, so nobody has to be asked.
 */
export async function listSubmissionOutcomes({
  authorId,
  locale,
  limit = 10,
}: {
  authorId: string;
  locale: string;
  limit?: number;
}): Promise<SubmissionOutcome[]> {
  const submissions = latestSubmissions(await listOwnStatusChanges(authorId, limit * 5), limit);
  if (submissions.length === 0) return [];

  const idsOf = (type: ReviewableType) => submissions.filter((s) => s.type === type).map((s) => s.id);
  const titled = { select: { id: true, slug: true, translations: { select: { locale: true, title: true } } } } as const;
  const [later, ...rows] = await Promise.all([
    listStatusChangesOf(Object.fromEntries(PUBLISHABLE_NAMES.map((type) => [type, idsOf(type)])) as Record<ReviewableType, string[]>),
    ...PUBLISHABLE_NAMES.map((type) => recordRows(db, PUBLISHABLE_TYPES[type]).findMany({ where: { id: { in: idsOf(type) } }, ...titled })),
  ]);
  const items = new Map(PUBLISHABLE_NAMES.flatMap((type, index) => rows[index]!.map((item) => [`${type}:${item.id}`, item] as const)));

  return submissions.flatMap((submission): SubmissionOutcome[] => {
    const item = items.get(`${submission.type}:${submission.id}`);
    if (!item) return [];
    const decision = later.find((c) => c.type === submission.type && c.id === submission.id && c.version > submission.version);
    const outcome = outcomeOf(decision, authorId);
    return [
      {
        type: submission.type,
        id: item.id,
        slug: item.slug,
        title: pickTranslation(item.translations, locale)?.title ?? item.slug,
        submittedAt: submission.createdAt,
        outcome,
        decidedAt: outcome === "waiting" ? null : (decision?.createdAt ?? null),
        decidedBy: outcome === "waiting" ? null : (decision?.authorEmail ?? null),
        reason: outcome === "returned" ? (decision?.note ?? null) : null,
      },
    ];
  });
}
