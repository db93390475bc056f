/** What one account's row on the staff page shows after an admin's change: done, or why not. */
export interface AccountActionState {
  status: "idle" | "done" | "refused";
  message?: string;
}

export const IDLE_ACCOUNT_ACTION: AccountActionState = { status: "idle" };
