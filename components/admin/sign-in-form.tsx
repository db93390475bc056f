"use client";

import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";

type Failure = "failed" | "rateLimited" | null;

/**
 * Posts to the auth library's own endpoint (not a server action), so its per-client rate limit
 * on sign-in attempts applies.
 */
export function SignInForm() {
  const t = useTranslations("signIn");
  const locale = useLocale();
  const [failure, setFailure] = useState<Failure>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const response = await fetch("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
    }).catch(() => null);
    setPending(false);
    if (response?.ok) {
      globalThis.location.assign(`/${locale}/admin`);
      return;
    }
    setFailure(response?.status === 429 ? "rateLimited" : "failed");
  }

  return (
    <form onSubmit={submit} className="admin-form" noValidate>
      {failure ? (
        <p role="alert" className="form-error">
          {t(failure)}
        </p>
      ) : null}
      <label htmlFor="sign-in-email">{t("email")}</label>
      <input id="sign-in-email" name="email" type="email" autoComplete="username" required />
      <label htmlFor="sign-in-password">{t("password")}</label>
      <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required />
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
