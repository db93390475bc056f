export const ENTRY_KINDS = ["event", "memorial", "place", "person", "organisation"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const PUBLICATION_STATUSES = ["draft", "in_review", "published", "archived"] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];
