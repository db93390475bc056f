import { ARTICLE } from "../articles/article-record";
import { ENTRY } from "../entries/entry-record";

/** Every kind of publishable record by its name, for the forms and actions that serve them all. */
export const PUBLISHABLE_TYPES = { entry: ENTRY, article: ARTICLE } as const;

export type PublishableName = keyof typeof PUBLISHABLE_TYPES;

export const PUBLISHABLE_NAMES = Object.keys(PUBLISHABLE_TYPES) as [PublishableName, ...PublishableName[]];
