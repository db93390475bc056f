"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { auth } from "@/lib/auth/auth";
import { authorizedAction } from "@/lib/auth/authorized";
import { retryAfterOf } from "@/lib/auth/too-many-attempts";
import { fieldErrors } from "@/lib/forms/field-errors";
import { changePasswordSchema } from "@/lib/validation/user";

export interface ChangePasswordState {
  status: "idle" | "invalid" | "wrongCurrent" | "unauthorized" | "forbidden";
  fieldErrors: Partial<Record<"currentPassword" | "newPassword" | "confirm", string>>;
  message?: string;
}

/** Any signed-in member of staff may change their own password; other sessions are signed out. */
export const changePasswordAction = authorizedAction(
  "signed-in",
  async (_user, _previous: ChangePasswordState, form: FormData): Promise<ChangePasswordState> => {
    const parsed = changePasswordSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) {
      return { status: "invalid", fieldErrors: fieldErrors(parsed.error, await getTranslations("validation")) };
    }
    try {
      await auth.api.changePassword({
        body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword, revokeOtherSessions: true },
        headers: await headers(),
      });
    } catch (error) {
      const retryAfter = retryAfterOf(error);
      if (retryAfter === null) return { status: "wrongCurrent", fieldErrors: {} };
      const t = await getTranslations("password");
      return { status: "wrongCurrent", fieldErrors: {}, message: t("tooManyAttempts", { minutes: Math.ceil(retryAfter / 60) }) };
    }
    // The auth hook (lib/auth/hooks/password-change-guard.ts) writes the audit line for the change.
    // The change replaces this session too: the page must be drawn by a new request carrying the new
    // session cookie. Redrawn within this one, it would see the old, revoked session and bounce to sign-in.
    redirect(`/${await getLocale()}/admin/password?changed=1`);
  },
  (failure): ChangePasswordState => ({
    status: failure.status === "unauthorized" ? "unauthorized" : "forbidden",
    fieldErrors: {},
    message: failure.message,
  }),
);
