import type { FormFailureStatus } from "@/lib/errors/form-state-from-error";

/** What the import page shows after "Send all to review" or "Publish all": how many entries moved, or why none did. */
export interface ImportDraftsState {
  status: "idle" | "moved" | FormFailureStatus;
  changed?: number;
  message?: string;
}

export const IDLE_IMPORT_DRAFTS: ImportDraftsState = { status: "idle" };
