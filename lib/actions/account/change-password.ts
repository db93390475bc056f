"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { auth } from "@/lib/auth/auth";
import { authorizedAction } from "@/lib/auth/authorized";
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
  async (user, _previous: ChangePasswordState, form: FormData): Promise<ChangePasswordState> => {
    const parsed = changePasswordSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) {
      return { status: "invalid", fieldErrors: fieldErrors(parsed.error, await getTranslations("validation")) };
    }
    try {
      await auth.api.changePassword({
        body: { currentPassword: parsed.data.currentPassword, newPassword: parsed.data.newPassword, revokeOtherSessions: true },
        headers: await headers(),
      });
    } catch {
      return { status: "wrongCurrent", fieldErrors: {} };
    }
    await recordAuditEvent({ actor: user, action: "user.password-change", targetType: "user", targetId: user.id });
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
