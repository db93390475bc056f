import { getTranslations } from "next-intl/server";
import type { ImportReading } from "@/lib/validation/import-upload";

/** How a job's file was read, on its page: the encoding and delimiter, and which of its columns became which of ours. */
export async function ImportReadingSummary({ reading }: { reading: ImportReading }) {
  const t = await getTranslations("imports");
  return (
    <>
      {reading.delimiter ? (
        <p>
          {t("job.reading", {
            encoding: t(`form.encodings.${reading.encoding}`),
            delimiter: t(`form.delimiters.${reading.delimiter}`).toLowerCase(),
          })}
        </p>
      ) : null}
      {reading.mapping ? (
        <p>
          {t("job.columns", {
            mapping: Object.entries(reading.mapping)
              .map(([fileColumn, column]) => `${fileColumn} → ${column}`)
              .join(", "),
          })}
        </p>
      ) : null}
    </>
  );
}
