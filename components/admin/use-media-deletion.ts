"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/**
 * Deletes one image through the library's delete route (curators; the route checks again): one
 * request and one set of refusals for the library's delete form and the entry editor's Remove.
 * An image already gone counts as deleted.
 */
export function useMediaDeletion(mediaId: string, onDeleted: () => void) {
  const t = useTranslations("mediaLibrary");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function deleteImage() {
    setPending(true);
    setError(null);
    try {
      const response = await fetch(`/api/v1/admin/media/${encodeURIComponent(mediaId)}`, {
        method: "DELETE",
        headers: { Accept: "application/json" },
      });
      if (response.status === 204 || response.status === 404) {
        onDeleted();
        return;
      }
      setError(response.status === 403 ? t("forbidden") : t("deleteFailed", { status: response.status }));
    } catch {
      setError(t("network"));
    }
    setPending(false);
  }

  return { deleteImage, pending, error };
}
