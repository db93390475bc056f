"use client";

import { useTranslations } from "next-intl";
import { useDocumentRequestId } from "@/components/site/document-request-id";
import { Link } from "@/i18n/navigation";

type Props = { error: Error & { digest?: string }; reset: () => void };

/**
 * What a visitor sees when a page fails on the server: no message, stack or SQL (production builds
 * never send them), only what the server's log line of the failure carries (lib/log/): the request's
 * id, when this is the page the document was served as (components/site/document-request-id.tsx),
 * and Next.js's error id.
 */
export default function ServerErrorPage({ error, reset }: Props) {
  const t = useTranslations("serverError");
  const requestId = useDocumentRequestId();
  return (
    <main className="server-error">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      {requestId || error.digest ? (
        <>
          <p>{t("quote")}</p>
          <dl>
            {requestId ? (
              <>
                <dt>{t("requestId")}</dt>
                <dd>
                  <code>{requestId}</code>
                </dd>
              </>
            ) : null}
            {error.digest ? (
              <>
                <dt>{t("errorId")}</dt>
                <dd>
                  <code>{error.digest}</code>
                </dd>
              </>
            ) : null}
          </dl>
        </>
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
