"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePassword, type ChangePasswordState } from "@/app/[locale]/(admin)/admin/actions/change-password";

export function ChangePasswordForm() {
  const t = useTranslations("password");
  const [state, action, pending] = useActionState<ChangePasswordState, FormData>(changePassword, { status: "idle", fieldErrors: {} });
  const error = (field: keyof ChangePasswordState["fieldErrors"]) => {
    const message = state.fieldErrors[field];
    if (!message) return null;
    return (
      <p id={`${field}-error`} className="field-error">
        {message === "mismatch" ? t("mismatch") : message}
      </p>
    );
  };
  return (
    <form action={action} className="admin-form" noValidate>
      {state.status === "changed" ? <p role="status">{t("changed")}</p> : null}
      {state.status === "wrongCurrent" ? (
        <p role="alert" className="form-error">
          {t("wrongCurrent")}
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
        aria-invalid={Boolean(state.fieldErrors.newPassword)}
        aria-describedby={state.fieldErrors.newPassword ? "newPassword-error" : undefined}
      />
      {error("newPassword")}
      <label htmlFor="confirm">{t("confirm")}</label>
      <input
        id="confirm"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        aria-invalid={Boolean(state.fieldErrors.confirm)}
        aria-describedby={state.fieldErrors.confirm ? "confirm-error" : undefined}
      />
      {error("confirm")}
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
