import type { SourceInput } from "@/lib/validation/source";
import { COMMEMORATED_EVENT_SOURCES } from "./sources/commemorated-events";
import { COMPARABLE_MEMORIAL_SOURCES } from "./sources/comparable-memorials";
import { NAMED_MEMORIAL_SOURCES } from "./sources/named-memorials";
import { NEWS_SOURCES } from "./sources/news";
import { RZHEV_SOURCES } from "./sources/rzhev";

/**
 * Where each fact of the reference collection comes from, every source checked on the day in
 * editorial.ts and described in English and Russian. Pages read through a mirror, proxy or
 * translation say so in their note.
 */
export const SOURCES: SourceInput[] = [
  ...NEWS_SOURCES,
  ...RZHEV_SOURCES,
  ...NAMED_MEMORIAL_SOURCES,
  ...COMPARABLE_MEMORIAL_SOURCES,
  ...COMMEMORATED_EVENT_SOURCES,
];
