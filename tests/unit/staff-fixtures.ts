import type { StaffUser } from "@/lib/auth/current-user";
import type { EntryEditInput } from "@/lib/validation/entry-edit";

export const EDITOR: StaffUser = { id: "editor-1", email: "editor@example.org", name: "Editor", role: "editor" };
export const CURATOR: StaffUser = { id: "curator-1", email: "curator@example.org", name: "Curator", role: "curator" };

/** A staff member's account row as tests make it: the user, with the address verified. */
export function staffAccount(user: StaffUser) {
  return { id: user.id, email: user.email, name: user.name, role: user.role, emailVerified: true };
}

const TEXT = { aliases: "", summary: "", description: "", placeName: "", locationNote: "", authors: "", dimensions: "" };

/** An entry as the editor would send it: a memorial titled in both languages, dated and placed. */
export function entryEdit(slug: string, overrides: Partial<EntryEditInput> = {}): EntryEditInput {
  return {
    slug,
    kind: "memorial",
    latitude: 55.2,
    longitude: 36.4,
    date: "1975-05-09",
    translations: {
      en: { ...TEXT, title: `Memorial ${slug}`, aliases: "First name\nSecond name", summary: "A summary" },
      ru: { ...TEXT, title: `Мемориал ${slug}` },
    },
    ...overrides,
  };
}
