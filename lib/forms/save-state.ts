import type { FormFailureStatus } from "@/lib/errors/form-state-from-error";

/** What an editor form holds after a save: the values as typed (always, so nothing is lost) and what became of them. */
export interface SaveState<Values> {
  /** "proposed": kept as a proposal to published work for a curator (lib/data/publishing/propose-record-change.ts). */
  status: "idle" | "saved" | "proposed" | FormFailureStatus;
  values: Values;
  fieldErrors: Record<string, string>;
  message?: string;
  /** The version saved, or found saved by someone else. */
  version?: number;
}
