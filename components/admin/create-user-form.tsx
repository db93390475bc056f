"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type CreateUserState, createUserAction } from "@/lib/actions/users/create-user";
import { ROLES } from "@/lib/auth/roles";

const INITIAL: CreateUserState = { status: "idle", fieldErrors: {}, values: { email: "", name: "", role: "editor" } };

export function CreateUserForm() {
  const t = useTranslations("users");
  const roles = useTranslations("admin.roles");
  const form = useTranslations("form");
  const [state, action, pending] = useActionState(createUserAction, INITIAL);
  const field = (name: "email" | "name" | "password", label: string, type: string) => (
    <>
      <label htmlFor={`user-${name}`}>{label}</label>
      <input
        id={`user-${name}`}
        name={name}
        type={type}
        required
        autoComplete={name === "password" ? "new-password" : "off"}
        defaultValue={name === "password" ? undefined : state.values[name]}
        aria-invalid={Boolean(state.fieldErrors[name])}
        aria-describedby={state.fieldErrors[name] ? `user-${name}-error` : undefined}
      />
      {state.fieldErrors[name] ? (
        <p id={`user-${name}-error`} className="field-error">
          {state.fieldErrors[name]}
        </p>
      ) : null}
    </>
  );
  return (
    <form action={action} className="admin-form" noValidate key={state.createdEmail ?? "form"}>
      {state.status === "created" ? <p role="status">{t("created", { email: state.createdEmail ?? "" })}</p> : null}
      {state.status === "invalid" || state.status === "exists" ? (
        <p role="alert" className="form-error">
          {form("fixErrors")}
        </p>
      ) : null}
      {state.message ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : null}
      {field("email", t("email"), "email")}
      {field("name", t("name"), "text")}
      <label htmlFor="user-role">{t("role")}</label>
      <select id="user-role" name="role" defaultValue={state.values.role}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {roles(role)}
          </option>
        ))}
      </select>
      {field("password", t("password"), "password")}
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
