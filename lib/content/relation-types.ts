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

export type RelationDirection = "outgoing" | "incoming";

/** Symmetric relations read the same from both ends, so they always count as outgoing. */
export function readingDirection(type: RelationType, direction: RelationDirection): RelationDirection {
  return SYMMETRIC_RELATIONS.has(type) ? "outgoing" : direction;
}
