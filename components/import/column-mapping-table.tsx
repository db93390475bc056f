"use client";

import { useTranslations } from "next-intl";
import { IMPORT_COLUMNS } from "@/lib/import/import-columns";
import { DateSample } from "./date-sample";

/** Characters of a sample value shown in the table: enough to recognise a column by. */
const SAMPLE_CHARS = 40;

const shortened = (value: string) => (value.length > SAMPLE_CHARS ? `${value.slice(0, SAMPLE_CHARS)}…` : value);

/**
 * The table of a CSV file's columns before it is sent: each column's name, its first values (the
 * date column's as the import reads them), and what it is read as (one of ours, or ignored). `choices[i]` is column i's choice; `errors[i]` what is
 * wrong with it, said beside its select.
 */
export function ColumnMappingTable({
  columns,
  samples,
  choices,
  errors,
  onChoose,
}: {
  columns: readonly string[];
  samples: readonly (readonly string[])[];
  choices: readonly (string | null)[];
  errors: readonly (string | undefined)[];
  onChoose: (index: number, column: string | null) => void;
}) {
  const t = useTranslations("imports.mapping");
  return (
    <table className="admin-table column-mapping-table">
      <caption>{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("fileColumn")}</th>
          <th scope="col">{t("samples")}</th>
          <th scope="col">{t("readAs")}</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((name, index) => {
          const id = `import-column-${index}`;
          const error = errors[index];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a file's columns are its positions; names may repeat.
            <tr key={index}>
              <th scope="row" id={`${id}-name`}>
                {name || t("unnamed", { number: index + 1 })}
              </th>
              <td>
                {samples[index]?.some((value) => value.trim()) ? (
                  <ul className="column-samples">
                    {samples[index]!.filter((value) => value.trim()).map((value, row) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: sample values may repeat.
                      <li key={row}>
                        {shortened(value)}
                        {choices[index] === "date" ? (
                          <>
                            {" "}
                            <DateSample value={value} />
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  t("empty")
                )}
              </td>
              <td>
                <select
                  id={id}
                  aria-labelledby={`${id}-name`}
                  value={choices[index] ?? ""}
                  // A name the header repeats is read from its first column only.
                  disabled={!name || columns.indexOf(name) !== index}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(event) => onChoose(index, event.target.value || null)}
                >
                  <option value="">{t("ignore")}</option>
                  {IMPORT_COLUMNS.map((column) => (
                    <option key={column} value={column}>
                      {t(`columns.${column}`)} ({column})
                    </option>
                  ))}
                </select>
                {error ? (
                  <p id={`${id}-error`} className="field-error">
                    {error}
                  </p>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
