import { useTranslations } from "next-intl";

/**
 * What became of the last save, above a form: saved, or kept as a proposal to published work (a
 * status), or what to fix and why it was refused (alerts).
 */
export function SaveOutcome({
  saved,
  proposed = false,
  invalid,
  refused,
}: {
  saved: string | null;
  proposed?: boolean;
  invalid: string | null;
  refused: string | null;
}) {
  const t = useTranslations("proposals");
  return (
    <>
      {saved ? <p role="status">{saved}</p> : null}
      {proposed ? <p role="status">{t("proposed")}</p> : null}
      {invalid ? (
        <p role="alert" className="form-error">
          {invalid}
        </p>
      ) : null}
      {refused ? (
        <p role="alert" className="form-error">
          {refused}
        </p>
      ) : null}
    </>
  );
}
