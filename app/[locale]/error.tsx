"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

type Props = { error: Error & { digest?: string }; reset: () => void };

/**
 * What a visitor sees when a page fails on the server: no message, stack or SQL (production builds
 * never send them), only the error id the server's log line carries beside the request id (lib/log/).
 */
export default function ServerErrorPage({ error, reset }: Props) {
  const t = useTranslations("serverError");
  return (
    <main className="server-error">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      {error.digest ? (
        <p>
          {t("quote")} <code>{error.digest}</code>
        </p>
      ) : null}
      <p>
        <button type="button" onClick={reset}>
          {t("retry")}
        </button>{" "}
        <Link href="/">{t("home")}</Link>
      </p>
    </main>
  );
}
