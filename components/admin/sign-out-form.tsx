"use client";

import { signOutAction } from "@/lib/actions/account/sign-out";
import { forgetLocalDrafts } from "@/lib/drafts/local-draft";

/**
 * The staff area's "Sign out": ends the session (signOutAction) and, first, removes the unsaved work
 * this browser keeps (lib/drafts/), so the next person at a shared computer finds none of it.
 */
export function SignOutForm({ label }: { label: string }) {
  return (
    <form action={signOutAction} onSubmit={forgetLocalDrafts}>
      <button type="submit" className="link-button">
        {label}
      </button>
    </form>
  );
}
