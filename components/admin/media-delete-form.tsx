"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { useRouter } from "@/i18n/navigation";

/** Deletes one image after an explicit confirmation; shown to curators only (the API checks again). */
export function MediaDeleteForm({ mediaId }: { mediaId: string }) {
  const t = useTranslations("mediaLibrary");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const response = await fetch(`/api/v1/admin/media/${encodeURIComponent(mediaId)}`, {
        method: "DELETE",
        headers: { Accept: "application/json" },
      });
      if (response.status === 204 || response.status === 404) {
        router.push("/admin/media?deleted=1");
        return;
      }
      setError(response.status === 403 ? t("forbidden") : t("deleteFailed", { status: response.status }));
    } catch {
      setError(t("network"));
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="danger-zone" aria-busy={pending}>
      <h2>{t("deleteHeading")}</h2>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <label>
        <input type="checkbox" name="confirm" value="yes" required /> {t("confirmDelete")}
      </label>
      <button type="submit" disabled={pending}>
        {t("delete")}
      </button>
    </form>
  );
}
