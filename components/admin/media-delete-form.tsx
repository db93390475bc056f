"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import { useMediaDeletion } from "./use-media-deletion";

/** Deletes one image after an explicit confirmation; shown to curators only (the API checks again). */
export function MediaDeleteForm({ mediaId }: { mediaId: string }) {
  const t = useTranslations("mediaLibrary");
  const router = useRouter();
  const { deleteImage, pending, error } = useMediaDeletion(mediaId, () => router.push("/admin/media?deleted=1"));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void deleteImage();
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
