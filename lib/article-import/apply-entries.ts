import { noteInLanguage } from "@/lib/content/localized-note";
import type { NewEntry } from "@/lib/data/entries/new-entry";
import type { Transaction } from "@/lib/data/transaction";
import { AppError } from "@/lib/errors/app-error";
import type { CitationEditInput } from "@/lib/validation/source";
import { freeSlugs } from "./apply-free-slugs";
import type { ArticleImportOutcome } from "./apply-outcome";
import type { AgentDecision, ArticleImportDecisions, EventDecision } from "./review-decisions";

/** The stable ids an import gives its drafts, so a re-import of the same items finds them. */
export const eventExternalId = (itemKey: string) => `article-item:${itemKey}`;
export const agentExternalId = (agentKey: string) => `article-agent:${agentKey}`;

export interface PlannedEntries {
  /** New drafts for the entry write path, by external id (links from a new event are added to its draft). */
  drafts: Map<string, NewEntry>;
  /** Every accepted event and person or organisation, new or already there. */
  entries: ArticleImportOutcome["entries"];
  /** The slug of each item's accepted event, new or already there, for links made from it. */
  eventSlugOf: Map<string, string>;
}

interface Wanted {
  key: string;
  externalId: string;
  title: string;
  draft: (slug: string) => NewEntry;
}

/**
 * Which accepted events and people or organisations are new drafts and which are there already: named
 * by the curator (an existing entry), or made by an earlier import of the same items (by external id).
 */
export async function planEntries(tx: Transaction, decisions: ArticleImportDecisions, sourceKey: string): Promise<PlannedEntries> {
  const plan: PlannedEntries = { drafts: new Map(), entries: [], eventSlugOf: new Map() };
  const wanted: Wanted[] = [];
  const named: { slug: string; field: string }[] = [];
  const seenAgents = new Set<string>();
  decisions.items.forEach((item, i) => {
    const event = item.event;
    if (event?.decision === "accept") {
      if (event.existingSlug) {
        named.push({ slug: event.existingSlug, field: `items.${i}.event.existingSlug` });
        plan.eventSlugOf.set(item.key, event.existingSlug);
        plan.entries.push({ key: item.key, slug: event.existingSlug, kind: "event", created: false });
      } else {
        wanted.push({
          key: item.key,
          externalId: eventExternalId(item.key),
          title: event.title.en || event.title.ru,
          draft: (slug) => eventDraft(slug, event, sourceKey, eventExternalId(item.key)),
        });
      }
    }
    item.agents.forEach((agent, j) => {
      if (agent.decision !== "accept") return;
      if (agent.entrySlug) {
        named.push({ slug: agent.entrySlug, field: `items.${i}.agents.${j}.entrySlug` });
        // Named in several items, it is one entry.
        if (!plan.entries.some((e) => e.slug === agent.entrySlug))
          plan.entries.push({ key: agent.key, slug: agent.entrySlug, kind: agent.kind, created: false });
      } else if (!seenAgents.has(agent.key)) {
        seenAgents.add(agent.key);
        const language = decisions.article.language;
        wanted.push({
          key: agent.key,
          externalId: agentExternalId(agent.key),
          title: agent.name,
          draft: (slug) => agentDraft(slug, agent, language, sourceKey, agentExternalId(agent.key)),
        });
      }
    });
  });

  const found = await tx.entry.findMany({ where: { slug: { in: named.map((n) => n.slug) } }, select: { slug: true } });
  const present = new Set(found.map((row) => row.slug));
  const missing = named.find((n) => !present.has(n.slug));
  if (missing) throw new AppError("NOT_FOUND", { key: "noEntry", params: { slug: missing.slug } }, { field: missing.field });

  const earlier = await tx.entry.findMany({
    where: { externalId: { in: wanted.map((w) => w.externalId) } },
    select: { slug: true, kind: true, externalId: true },
  });
  const earlierOf = new Map(earlier.map((row) => [row.externalId, row]));
  const fresh = wanted.filter((w) => !earlierOf.has(w.externalId));
  const slugs = await freeSlugs(
    fresh.map((w) => w.title),
    async (candidates) =>
      new Set((await tx.entry.findMany({ where: { slug: { in: candidates } }, select: { slug: true } })).map((row) => row.slug)),
  );
  const slugOfFresh = new Map(fresh.map((w, index) => [w.externalId, slugs[index]!]));
  for (const w of wanted) {
    const before = earlierOf.get(w.externalId);
    const slug = before?.slug ?? slugOfFresh.get(w.externalId)!;
    const draft = before ? null : w.draft(slug);
    if (draft) plan.drafts.set(w.externalId, draft);
    plan.entries.push({ key: w.key, slug, kind: before?.kind ?? draft!.entry.kind, created: !before });
    if (w.externalId === eventExternalId(w.key)) plan.eventSlugOf.set(w.key, slug);
  }
  return plan;
}

function eventDraft(slug: string, event: EventDecision, sourceKey: string, externalId: string): NewEntry {
  const placed = event.latitude !== null && event.longitude !== null;
  const citations: CitationEditInput[] = [
    { source: sourceKey, field: "title" },
    ...(event.date ? [{ source: sourceKey, field: "date" as const }] : []),
    ...(placed ? [{ source: sourceKey, field: "coordinates" as const }] : []),
  ];
  const text = (title: string) => (title ? { title, placeName: event.placeName } : {});
  return {
    status: "draft",
    externalId,
    entry: {
      slug,
      kind: "event",
      latitude: event.latitude,
      longitude: event.longitude,
      // A town found by name stands for somewhere in it; a memorial of the collection is the place itself.
      locationPrecision: event.placeIsEntry ? "exact" : "approximate",
      date: event.date,
      translations: { en: text(event.title.en), ru: text(event.title.ru) },
      relations: [],
      citations,
    },
  };
}

function agentDraft(slug: string, agent: AgentDecision, language: "en" | "ru", sourceKey: string, externalId: string): NewEntry {
  return {
    status: "draft",
    externalId,
    entry: {
      slug,
      kind: agent.kind,
      latitude: null,
      longitude: null,
      translations: { en: {}, ru: {}, [language]: { title: agent.name } },
      relations: [],
      citations: [{ source: sourceKey, field: "title", note: noteInLanguage(language, agent.note) }],
    },
  };
}
