import type { StaffUser } from "@/lib/auth/current-user";
import { mayEditInStatus } from "@/lib/content/curator-only-statuses";
import { type LocalizedNote, noteColumns } from "@/lib/content/localized-note";
import { type RelationType, SYMMETRIC_RELATIONS } from "@/lib/content/relation-types";
import { ENTRY } from "@/lib/data/entries/entry-record";
import { recordPartnerRevisions } from "@/lib/data/publishing/record-partner-revisions";
import type { Transaction } from "@/lib/data/transaction";
import { AppError } from "@/lib/errors/app-error";
import type { ArticleImportOutcome } from "./apply-outcome";
import type { ArticleImportDecisions } from "./review-decisions";

export interface LinkToAdd {
  key: string;
  from: string;
  to: string;
  type: RelationType;
  note: LocalizedNote;
  /** Where a refusal of this link is shown on the review form. */
  field: string;
}

/**
 * Adds accepted links whose both ends were there before the import, unless the link is there already
 * (a symmetric one from either end). Each entry a new link changes moves to a new version with a
 * revision and an audit line, as when an editor links it; an entry only curators may change refuses
 * the link for someone who may not.
 */
export async function addLinksBetweenEntries(
  tx: Transaction,
  links: readonly LinkToAdd[],
  input: { sourceKey: string; actor: StaffUser; linkedFrom: string },
): Promise<ArticleImportOutcome["links"]> {
  if (links.length === 0) return [];
  const entries = await tx.entry.findMany({
    where: { slug: { in: [...new Set(links.flatMap((l) => [l.from, l.to]))] } },
    select: { id: true, slug: true, status: true },
  });
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  const source = await tx.source.findUnique({ where: { key: input.sourceKey }, select: { id: true } });
  const changed = new Set<string>();
  const done = new Map<string, boolean>();
  const outcome: ArticleImportOutcome["links"] = [];
  for (const link of links) {
    const from = bySlug.get(link.from);
    const to = bySlug.get(link.to);
    if (!from || !to) {
      const slug = from ? link.to : link.from;
      throw new AppError("NOT_FOUND", { key: "noEntry", params: { slug } }, { field: link.field });
    }
    if (from.id === to.id) throw new AppError("INVALID_INPUT", { key: "notLinkedToSelf" }, { field: link.field });
    const symmetric = SYMMETRIC_RELATIONS.has(link.type);
    const id = symmetric ? `${link.type} ${[from.id, to.id].sort().join(" ")}` : `${link.type} ${from.id} ${to.id}`;
    let created = done.get(id);
    if (created === undefined) {
      const ends = symmetric
        ? [
            { fromId: from.id, toId: to.id },
            { fromId: to.id, toId: from.id },
          ]
        : [{ fromId: from.id, toId: to.id }];
      const there = await tx.entryRelation.findFirst({ where: { type: link.type, OR: ends }, select: { id: true } });
      created = !there;
      if (created) {
        for (const end of symmetric ? [from, to] : [from]) {
          if (!mayEditInStatus(input.actor.role, end.status))
            throw new AppError("FORBIDDEN", { key: "publishedByCurators" }, { field: link.field });
          changed.add(end.id);
        }
        await tx.entryRelation.create({
          data: { fromId: from.id, toId: to.id, type: link.type, ...noteColumns(link.note), sourceId: source?.id ?? null },
        });
      }
      done.set(id, created);
    }
    outcome.push({ key: link.key, from: link.from, to: link.to, type: link.type, created });
  }
  await recordPartnerRevisions(tx, ENTRY, { partners: changed, actor: input.actor, linkedFrom: input.linkedFrom });
  return outcome;
}

/** Refuses, beside the link, an accepted link or mention naming an entry that is not there (gone since the analysis). */
export async function assertLinkedEntriesExist(tx: Transaction, decisions: ArticleImportDecisions): Promise<void> {
  const named = decisions.items.flatMap((item, i) =>
    item.links.flatMap((link, j) =>
      link.decision !== "accept"
        ? []
        : [
            { slug: link.target, field: `items.${i}.links.${j}.target` },
            ...("entrySlug" in link.from ? [{ slug: link.from.entrySlug, field: `items.${i}.links.${j}.target` }] : []),
          ],
    ),
  );
  if (named.length === 0) return;
  const found = await tx.entry.findMany({ where: { slug: { in: [...new Set(named.map((n) => n.slug))] } }, select: { slug: true } });
  const present = new Set(found.map((row) => row.slug));
  const missing = named.find((n) => !present.has(n.slug));
  if (missing) throw new AppError("NOT_FOUND", { key: "noEntry", params: { slug: missing.slug } }, { field: missing.field });
}
