import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import { EMPTY_NOTE, type LocalizedNote, noteInLanguage } from "@/lib/content/localized-note";
import type { RelationType } from "@/lib/content/relation-types";
import { createEntries } from "@/lib/data/entries/create-entries";
import { db } from "@/lib/db";
import { invalidRequest } from "@/lib/errors/invalid-request";
import { type Mention, writeImportedArticle } from "./apply-article";
import { resolveArticleOrigin } from "./apply-article-source";
import { eventExternalId, type PlannedEntries, planEntries } from "./apply-entries";
import { addLinksBetweenEntries, assertLinkedEntriesExist, type LinkToAdd } from "./apply-links";
import type { ArticleImportOutcome } from "./apply-outcome";
import { type ArticleImportDecisions, type ArticleImportDecisionsInput, articleImportDecisionsSchema } from "./review-decisions";

// A few drafts with their links, revisions and audit lines; the default five seconds is tight on a busy machine.
const TX_OPTIONS = { timeout: 60_000, maxWait: 30_000 };

/**
 * Writes what the curator accepted from an analysed article, all in one transaction (any refusal
 * writes nothing), through the write paths the editors use: accepted events and people or
 * organisations as draft entries (createEntries), the article as a draft with our summary
 * (createArticle), accepted links as relations and "mentions" as the article's mentions, every one
 * citing the original as its source. Nothing is published. Re-importing the same original (same
 * address, or the same items) finds what the first import made and adds only what it lacks, so the
 * outcome says, for each thing, whether it was created now.
 */
export async function applyArticleImport(input: ArticleImportDecisionsInput, actor: StaffUser): Promise<ArticleImportOutcome> {
  const parsed = articleImportDecisionsSchema.safeParse(input);
  if (!parsed.success) throw invalidRequest(parsed.error, "body");
  const decisions = parsed.data;
  return db.$transaction(async (tx) => {
    const origin = await resolveArticleOrigin(tx, decisions);
    const plan = await planEntries(tx, decisions, origin.sourceKey);
    await assertLinkedEntriesExist(tx, decisions);
    const { toNewEvents, betweenEntries, mentions } = sortLinks(decisions, plan, origin.sourceKey);
    for (const [itemKey, relations] of toNewEvents) plan.drafts.get(eventExternalId(itemKey))!.entry.relations = relations;
    await createEntries(plan.drafts.values(), { actor, tx });

    const mentioned = new Map<string, Mention>();
    for (const m of [...mentions, ...plan.entries.map((e) => ({ slug: e.slug, note: EMPTY_NOTE }))])
      if (!mentioned.has(m.slug)) mentioned.set(m.slug, m);
    const written = await writeImportedArticle(tx, decisions, origin, [...mentioned.values()], actor);
    const links = await addLinksBetweenEntries(tx, betweenEntries, {
      sourceKey: origin.sourceKey,
      actor,
      linkedFrom: written.article.slug,
    });
    const newLinks = [...toNewEvents].flatMap(([itemKey, relations]) =>
      relations.map((r) => ({ key: r.key, from: plan.eventSlugOf.get(itemKey)!, to: r.target, type: r.type, created: true })),
    );
    const outcome: ArticleImportOutcome = { ...written, entries: plan.entries, links: [...newLinks, ...links] };
    await recordAuditEvent(
      {
        actor,
        action: "article.import",
        targetType: "article",
        targetId: written.article.slug,
        detail: {
          articleCreated: written.article.created,
          entriesCreated: outcome.entries.filter((e) => e.created).map((e) => e.slug),
          linksCreated: outcome.links.filter((l) => l.created).length,
        },
      },
      tx,
    );
    return outcome;
  }, TX_OPTIONS);
}

type NewRelation = { key: string; type: RelationType; target: string; note: LocalizedNote; source: string };

/**
 * Where each accepted link goes: onto the draft of a new event (the entry write path makes it), between
 * entries that are there already, or (a "mention") onto the article. A link from an item's event that
 * was not accepted has nothing to start from and is left out.
 */
function sortLinks(decisions: ArticleImportDecisions, plan: PlannedEntries, sourceKey: string) {
  const toNewEvents = new Map<string, NewRelation[]>();
  const betweenEntries: LinkToAdd[] = [];
  const mentions: Mention[] = [];
  // The justifying sentence is the original's, in its language.
  const noteOf = (text: string) => noteInLanguage(decisions.article.language, text);
  decisions.items.forEach((item, i) => {
    const newEvent = plan.drafts.has(eventExternalId(item.key));
    item.links.forEach((link, j) => {
      if (link.decision !== "accept") return;
      if (link.relationType === "mentions") {
        mentions.push({ slug: link.target, note: noteOf(link.note) });
        return;
      }
      const fromEvent = "proposedEvent" in link.from;
      const from = "entrySlug" in link.from ? link.from.entrySlug : plan.eventSlugOf.get(item.key);
      if (!from) return;
      if (fromEvent && newEvent) {
        const relations = toNewEvents.get(item.key) ?? [];
        relations.push({ key: link.key, type: link.relationType, target: link.target, note: noteOf(link.note), source: sourceKey });
        toNewEvents.set(item.key, relations);
      } else {
        betweenEntries.push({
          key: link.key,
          from,
          to: link.target,
          type: link.relationType,
          note: noteOf(link.note),
          field: `items.${i}.links.${j}.target`,
        });
      }
    });
  });
  return { toNewEvents, betweenEntries, mentions };
}
