export const ROLES = ["admin", "curator", "editor", "teacher"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = ["users.manage", "audit.read", "entries.edit", "entries.publish", "tours.create"] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The one table of who may do what; every server-side check reads it. */
const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ["users.manage", "audit.read", "entries.edit", "entries.publish", "tours.create"],
  curator: ["entries.edit", "entries.publish", "tours.create"],
  editor: ["entries.edit"],
  teacher: ["tours.create"],
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: string | null | undefined, permission: Permission): boolean {
  return isRole(role) && GRANTS[role].includes(permission);
}
