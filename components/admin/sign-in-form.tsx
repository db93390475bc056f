"use client";

import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { keepOnlyDraftsOf } from "@/lib/drafts/local-draft";

type Failure =
  | { kind: "failed" | "unavailable" | "disabled" }
  | { kind: "rateLimited"; minutes: number }
  | { kind: "originRefused"; origin: string }
  | null;

/** better-auth's codes (passed on by app/api/auth) for a page address the server does not trust. */
const ORIGIN_REFUSALS = new Set(["INVALID_ORIGIN", "MISSING_OR_NULL_ORIGIN"]);
/** The code lib/auth/hooks/refuse-disabled-account.ts answers for a disabled account's right password. */
const ACCOUNT_DISABLED = "ACCOUNT_DISABLED";

/** What the sign-in endpoint's answer means for the person at the form. */
async function failureOf(response: Response | null): Promise<Failure> {
  if (response?.status === 401) return { kind: "failed" };
  if (response?.status === 429) {
    // Both the per-address and the per-account limits say how many seconds to wait.
    const seconds = Number(response.headers.get("X-Retry-After")) || 60;
    return { kind: "rateLimited", minutes: Math.max(1, Math.ceil(seconds / 60)) };
  }
  if (response?.status === 403) {
    const body = (await response.json().catch(() => null)) as { code?: unknown; origin?: unknown } | null;
    if (body?.code === ACCOUNT_DISABLED) return { kind: "disabled" };
    if (typeof body?.code === "string" && ORIGIN_REFUSALS.has(body.code)) {
      return { kind: "originRefused", origin: typeof body.origin === "string" ? body.origin : globalThis.location.origin };
    }
  }
  return { kind: "unavailable" };
}

/**
 * Posts to the auth library's own endpoint (not a server action), so its limits on sign-in attempts
 * (per client address and per account) apply.
 */
export function SignInForm() {
  const t = useTranslations("signIn");
  const accounts = useTranslations("accounts");
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
    if (response?.ok) {
      // Unsaved work kept in this browser by anyone else is removed: this person's own (kept before
      // their session ran out) is offered back; without a name to keep, none is.
      const signedIn = (await response.json().catch(() => null)) as { user?: { id?: unknown } } | null;
      keepOnlyDraftsOf(typeof signedIn?.user?.id === "string" ? signedIn.user.id : null);
      globalThis.location.assign(`/${locale}/admin`);
      return;
    }
    setFailure(await failureOf(response));
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="admin-form" noValidate>
      {failure ? (
        <p role="alert" className="form-error">
          {failure.kind === "disabled"
            ? accounts("signInDisabled")
            : failure.kind === "originRefused"
              ? t("originRefused", { origin: failure.origin })
              : failure.kind === "rateLimited"
                ? t("rateLimited", { minutes: failure.minutes })
                : t(failure.kind)}
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
