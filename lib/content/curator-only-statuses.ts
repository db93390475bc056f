import { can } from "@/lib/auth/roles";

/**
 * Editors write drafts and send them for review; what the public already sees (published) or has
 * been withdrawn (archived) changes only through someone who may publish, so an edit never reaches
 * the public unreviewed.
 */
export function mayEditInStatus(role: string, status: string): boolean {
  return !(status === "published" || status === "archived") || can(role, "entries.publish");
}
