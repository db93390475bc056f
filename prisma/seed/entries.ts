import type { EntryInput } from "@/lib/validation/entry";
import { COMMEMORATED_EVENTS } from "./entries/commemorated-events";
import { COMPARABLE_MEMORIALS } from "./entries/comparable-memorials";
import { NAMED_MEMORIALS } from "./entries/named-memorials";
import { NEWS_EVENTS } from "./entries/news-events";
import { PEOPLE_AND_ORGANISATIONS, PLACES } from "./entries/people-and-places";

/**
 * The reference collection: the events two news items report, the memorials they name and those a
 * lesson sets beside them, what those memorials commemorate, and the people, organisations and
 * places involved. Every fact is cited to a source in sources.ts (tests/unit/reference-seed-sourcing.test.ts).
 */
export const ENTRIES: EntryInput[] = [
  ...NEWS_EVENTS,
  ...NAMED_MEMORIALS,
  ...COMPARABLE_MEMORIALS,
  ...COMMEMORATED_EVENTS,
  ...PLACES,
  ...PEOPLE_AND_ORGANISATIONS,
];
