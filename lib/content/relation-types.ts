export const RELATION_TYPES = [
  "comparable_to",
  "commemorates",
  "located_at",
  "part_of",
  "branch_of",
  "participant_in",
  "related_to",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Symmetric relations are stored once and read the same from either end. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(["comparable_to", "related_to"]);

/** How a relation reads from its source entry ("outgoing") and from its target ("incoming"). */
export const RELATION_LABELS: Record<RelationType, { outgoing: string; incoming: string }> = {
  comparable_to: { outgoing: "Comparable monument", incoming: "Comparable monument" },
  commemorates: { outgoing: "Commemorates", incoming: "Commemorated by" },
  located_at: { outgoing: "Took place at", incoming: "Events here" },
  part_of: { outgoing: "Part of", incoming: "Includes" },
  branch_of: { outgoing: "Branch of", incoming: "Branches" },
  participant_in: { outgoing: "Took part in", incoming: "Participants" },
  related_to: { outgoing: "Related", incoming: "Related" },
};
