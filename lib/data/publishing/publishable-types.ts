import { ARTICLE } from "../articles/article-record";
import { ENTRY } from "../entries/entry-record";
import { TOUR } from "../tours/tour-record";

/** Every kind of publishable record by its name, for the forms, actions and review pages that serve them all. */
export const PUBLISHABLE_TYPES = { entry: ENTRY, article: ARTICLE, tour: TOUR } as const;

export type PublishableName = keyof typeof PUBLISHABLE_TYPES;

export const PUBLISHABLE_NAMES = Object.keys(PUBLISHABLE_TYPES) as [PublishableName, ...PublishableName[]];
