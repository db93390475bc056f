import type { ArticleAnalysis } from "./analysis-schema";

/** The titles the analysis gives the entries it names, by slug, so proposals read with names rather than slugs. */
export function entryTitlesOf(analysis: ArticleAnalysis): Map<string, string> {
  const titles = new Map<string, string>();
  for (const item of analysis.items) {
    for (const place of [item.place, item.event?.place]) if (place?.entrySlug) titles.set(place.entrySlug, place.name);
    const event = item.event;
    if (event?.existingSlug) titles.set(event.existingSlug, event.title.en ?? event.title.ru ?? item.title);
    for (const link of item.links) titles.set(link.to.entrySlug, link.to.title);
    for (const agent of item.agents) if (agent.entrySlug) titles.set(agent.entrySlug, agent.name);
  }
  return titles;
}
