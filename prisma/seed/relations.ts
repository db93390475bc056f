import type { RelationInput } from "@/lib/validation/relation";
import { COMMEMORATION_RELATIONS } from "./relations/commemorations";
import { NEWS_RELATIONS } from "./relations/from-the-news";

/** Every link of the reference collection, each with a note in both languages and the source that makes it. */
export const RELATIONS: RelationInput[] = [...NEWS_RELATIONS, ...COMMEMORATION_RELATIONS];
