"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useRef, useState } from "react";
import { useRouter } from "@/i18n/navigation";
import { CSV_DELIMITER_NAMES, type CsvDelimiterName } from "@/lib/import/csv-delimiter";
import { type CsvPreview, encodingOfStart, fileStart, previewCsv } from "@/lib/import/csv-preview";
import { guessColumnMapping } from "@/lib/import/guess-column-mapping";
import { namedImportFormat } from "@/lib/import/import-format";
import { formatMegabytes, MAX_IMPORT_BYTES } from "@/lib/import/import-limits";
import { columnMappingSchema, IMPORT_ENCODINGS, type ImportEncoding } from "@/lib/validation/import-upload";
import { isValidationKey } from "@/lib/validation/messages";
import { useValidationText } from "@/lib/validation/use-validation-text";
import { ColumnMappingTable } from "./column-mapping-table";
import "./imports.css";
import { mappingErrors } from "./mapping-errors";

interface UploadState {
  error: string | null;
  /** The server's reason for refusing the file, as it words it for staff. */
  detail?: string;
  /** What is wrong with the mapping: per column, and about the whole of it. */
  columnErrors?: (string | undefined)[];
}

const INITIAL: UploadState = { error: null };

/** A CSV file chosen, read as far as its header and first rows. */
interface ChosenCsv {
  bytes: Uint8Array;
  preview: CsvPreview;
  choices: (string | null)[];
}

/**
 * Uploads a file to the import API and opens the job's page, where its progress shows. A CSV file is
 * read in the browser as far as its first rows, so the person sees its columns and what each will be
 * read as (guessed, to be changed), its delimiter and its encoding, before anything is sent.
 */
export function ImportUploadForm() {
  const t = useTranslations("imports.form");
  const validation = useValidationText();
  const router = useRouter();
  const limit = formatMegabytes(MAX_IMPORT_BYTES);
  const [encoding, setEncoding] = useState<ImportEncoding>("utf-8");
  const [encodingGuessed, setEncodingGuessed] = useState(false);
  const [csv, setCsv] = useState<ChosenCsv | null>(null);
  // Files chosen one after another: only the last one's preview is kept.
  const chosen = useRef<File | null>(null);

  const read = (bytes: Uint8Array, withEncoding: ImportEncoding, delimiter?: CsvDelimiterName) => {
    const preview = previewCsv(bytes, withEncoding, delimiter);
    const { columns } = preview;
    // A name the header repeats is read from its first column only (as the server reads a mapping).
    const choices = guessColumnMapping(columns, preview.samples).map((choice, index) =>
      columns.indexOf(columns[index]!) === index ? choice : null,
    );
    setCsv({ bytes, preview, choices });
  };

  const onFile = async (file: File | undefined) => {
    chosen.current = file ?? null;
    setEncodingGuessed(false);
    if (!file || namedImportFormat(file.name) !== "csv") {
      setCsv(null);
      return;
    }
    const bytes = await fileStart(file);
    if (chosen.current !== file) return;
    const shown = encodingOfStart(bytes);
    const withEncoding = shown ?? encoding;
    if (withEncoding !== encoding) {
      setEncoding(withEncoding);
      setEncodingGuessed(true);
    }
    read(bytes, withEncoding);
  };

  const mapping = (choices: readonly (string | null)[], columns: readonly string[]) =>
    Object.fromEntries(columns.flatMap((name, index) => (name && choices[index] ? [[name, choices[index]]] : [])));

  const [state, dispatch, pending] = useActionState(async (_previous: UploadState, data: FormData): Promise<UploadState> => {
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return { error: t("chooseFile") };
    // Refused here already: no point sending many megabytes only to be turned away.
    if (file.size > MAX_IMPORT_BYTES) return { error: t("tooLarge", { limit }) };
    if (csv) {
      const checked = columnMappingSchema.safeParse(mapping(csv.choices, csv.preview.columns));
      if (!checked.success) {
        const { columnErrors, general } = mappingErrors(checked.error.issues, csv.preview.columns, validation);
        return { error: general ?? t("checkMapping"), columnErrors };
      }
      data.set("mapping", JSON.stringify(checked.data));
    }
    let response: Response;
    try {
      response = await fetch("/api/v1/admin/imports", { method: "POST", body: data, headers: { Accept: "application/json" } });
    } catch {
      return { error: t("failed") };
    }
    const body = (await response.json().catch(() => ({}))) as {
      id?: string;
      detail?: string;
      reason?: string;
      reasonParams?: Record<string, string | number>;
    };
    if (response.status === 202 && body.id) {
      router.push(`/admin/imports/${body.id}`);
      return INITIAL;
    }
    if (response.status === 413) return { error: t("tooLarge", { limit }) };
    if (response.status >= 400 && response.status < 500 && body.reason && isValidationKey(body.reason)) {
      return { error: t("refused"), detail: validation(body.reason, body.reasonParams) };
    }
    if (response.status >= 400 && response.status < 500 && body.detail) return { error: t("refused"), detail: body.detail };
    return { error: t("failed") };
  }, INITIAL);

  return (
    <form
      className="import-upload-form"
      noValidate
      // Not `action`: React resets a form after its action, which would clear the chosen file and
      // show the mapping's selects as their first option while their state says otherwise.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => dispatch(data));
      }}
    >
      <h2>{t("heading")}</h2>
      <p>
        <label>
          {t("file", { limit })}
          <br />
          <input
            type="file"
            name="file"
            accept=".csv,.geojson,.json,.kml,text/csv,application/geo+json,application/vnd.google-earth.kml+xml"
            aria-invalid={state.error && !state.columnErrors ? true : undefined}
            aria-describedby={state.error ? "import-upload-error" : undefined}
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
        </label>
      </p>
      <p>
        <label>
          {t("encoding")}{" "}
          <select
            name="encoding"
            value={encoding}
            onChange={(event) => {
              const next = event.target.value as ImportEncoding;
              setEncoding(next);
              setEncodingGuessed(false);
              if (csv) read(csv.bytes, next, csv.preview.delimiter);
            }}
          >
            {IMPORT_ENCODINGS.map((name) => (
              <option key={name} value={name}>
                {t(`encodings.${name}`)}
              </option>
            ))}
          </select>
        </label>
      </p>
      {encodingGuessed ? <p role="status">{t("encodingGuessed")}</p> : null}
      {csv ? (
        <>
          <p>
            <label>
              {t("delimiter")}{" "}
              <select
                name="delimiter"
                value={csv.preview.delimiter}
                onChange={(event) => read(csv.bytes, encoding, event.target.value as CsvDelimiterName)}
              >
                {CSV_DELIMITER_NAMES.map((name) => (
                  <option key={name} value={name}>
                    {t(`delimiters.${name}`)}
                  </option>
                ))}
              </select>
            </label>
          </p>
          <ColumnMappingTable
            columns={csv.preview.columns}
            samples={csv.preview.samples}
            choices={csv.choices}
            errors={state.columnErrors ?? []}
            onChoose={(index, column) => setCsv({ ...csv, choices: csv.choices.map((choice, i) => (i === index ? column : choice)) })}
          />
        </>
      ) : null}
      <p>
        <label>
          <input type="checkbox" name="dryRun" /> {t("dryRun")}
        </label>
      </p>
      {state.error ? (
        <div id="import-upload-error" role="alert">
          <p>{state.error}</p>
          {state.detail ? <p>{state.detail}</p> : null}
        </div>
      ) : null}
      <button type="submit" disabled={pending}>
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
