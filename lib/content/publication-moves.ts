import { can, type Permission } from "@/lib/auth/roles";
import type { PublicationStatus } from "./entry-kinds";

type MovePermission = Extract<Permission, "entries.edit" | "entries.publish">;

/**
 * Which status moves each permission allows, for entries and articles alike: editors send drafts
 * for review (or take them back), curators decide what is published or archived.
 */
const MOVES: Record<PublicationStatus, Partial<Record<PublicationStatus, MovePermission>>> = {
  draft: { in_review: "entries.edit", published: "entries.publish" },
  in_review: { draft: "entries.edit", published: "entries.publish" },
  published: { archived: "entries.publish", draft: "entries.publish" },
  archived: { published: "entries.publish", draft: "entries.publish" },
};

/** The permission a move needs, or null when no role may make it. */
export function movePermission(from: string, to: PublicationStatus): MovePermission | null {
  return MOVES[from as PublicationStatus]?.[to] ?? null;
}

export function allowedMoves(role: string, from: PublicationStatus): PublicationStatus[] {
  return (Object.entries(MOVES[from]) as [PublicationStatus, MovePermission][])
    .filter(([, permission]) => can(role, permission))
    .map(([to]) => to);
}
