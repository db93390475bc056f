import type { HandoutItem } from "@/lib/handout/handout-item";
import { handoutQuery } from "@/lib/handout/handout-query";
import type { ExplorerUrlState } from "@/lib/url-state/explorer-url-state";
import { queryViewport } from "@/lib/viewport";
import { listHandoutEntries } from "./list-handout-entries";

export interface ViewHandout {
  items: HandoutItem[];
  /** How many published entries the view holds; more than `items.length` when the handout is cut short. */
  total: number;
}

/** The entries of an explorer view, as a handout prints them (the first HANDOUT_ENTRY_LIMIT of them). */
export async function getViewHandout({ state, locale }: { state: ExplorerUrlState; locale: string }): Promise<ViewHandout> {
  const result = await queryViewport(handoutQuery(state, locale));
  const ids = result.mode === "buckets" ? [] : result.entries.map((entry) => entry.id);
  return { items: await listHandoutEntries({ ids, locale }), total: result.total };
}
