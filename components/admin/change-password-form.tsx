"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type ChangePasswordState, changePasswordAction } from "@/lib/actions/account/change-password";
import { FieldError, fieldDescription } from "./field-error";

export function ChangePasswordForm() {
  const t = useTranslations("password");
  const [state, action, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, { status: "idle", fieldErrors: {} });
  // The schema says "mismatch" for two different new passwords; the words are this form's own.
  const errors = Object.fromEntries(
    Object.entries(state.fieldErrors).flatMap(([field, message]) =>
      message ? [[field, message === "mismatch" ? t("mismatch") : message]] : [],
    ),
  );
  return (
    <form action={action} className="admin-form" noValidate>
      {state.status === "wrongCurrent" || state.message ? (
        <p role="alert" className="form-error">
          {state.message ?? t("wrongCurrent")}
        </p>
      ) : null}
      <label htmlFor="currentPassword">{t("current")}</label>
      <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required />
      <label htmlFor="newPassword">{t("new")}</label>
      <input
        id="newPassword"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        {...fieldDescription("newPassword", errors)}
      />
      <FieldError name="newPassword" errors={errors} />
      <label htmlFor="confirm">{t("confirm")}</label>
      <input id="confirm" name="confirm" type="password" autoComplete="new-password" required {...fieldDescription("confirm", errors)} />
      <FieldError name="confirm" errors={errors} />
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
