export const ENTRY_KINDS = ["event", "memorial", "place", "person", "organisation"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  event: "Event",
  memorial: "Memorial",
  place: "Place",
  person: "Person",
  organisation: "Organisation",
};

export const PUBLICATION_STATUSES = ["draft", "in_review", "published", "archived"] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];
