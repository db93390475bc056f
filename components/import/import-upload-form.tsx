"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useRouter } from "@/i18n/navigation";
import { formatMegabytes, MAX_IMPORT_BYTES } from "@/lib/import/import-limits";

interface UploadState {
  error: string | null;
  /** The server's reason for refusing the file, as it words it for staff. */
  detail?: string;
}

const INITIAL: UploadState = { error: null };

/** Uploads a file to the import API and opens the job's page, where its progress shows. */
export function ImportUploadForm() {
  const t = useTranslations("imports.form");
  const router = useRouter();
  const limit = formatMegabytes(MAX_IMPORT_BYTES);
  const [state, dispatch, pending] = useActionState(async (_previous: UploadState, data: FormData): Promise<UploadState> => {
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return { error: t("chooseFile") };
    // Refused here already: no point sending many megabytes only to be turned away.
    if (file.size > MAX_IMPORT_BYTES) return { error: t("tooLarge", { limit }) };
    let response: Response;
    try {
      response = await fetch("/api/v1/admin/imports", { method: "POST", body: data, headers: { Accept: "application/json" } });
    } catch {
      return { error: t("failed") };
    }
    const body = (await response.json().catch(() => ({}))) as { id?: string; detail?: string };
    if (response.status === 202 && body.id) {
      router.push(`/admin/imports/${body.id}`);
      return INITIAL;
    }
    if (response.status === 413) return { error: t("tooLarge", { limit }) };
    if (response.status >= 400 && response.status < 500 && body.detail) return { error: t("refused"), detail: body.detail };
    return { error: t("failed") };
  }, INITIAL);

  return (
    <form action={dispatch} className="import-upload-form" noValidate>
      <h2>{t("heading")}</h2>
      <p>
        <label>
          {t("file", { limit })}
          <br />
          <input
            type="file"
            name="file"
            accept=".csv,.geojson,.json,.kml,text/csv,application/geo+json,application/vnd.google-earth.kml+xml"
            aria-invalid={state.error ? true : undefined}
            aria-describedby={state.error ? "import-upload-error" : undefined}
          />
        </label>
      </p>
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
