"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useMediaDeletion } from "../use-media-deletion";

/**
 * Removes one image as the media library deletes it, after a confirmation shown in place (curators
 * only; the route checks again). The confirmation takes the focus to "Keep it", and
 * cancelling brings it back to the Remove button.
 */
export function EntryImageRemove({ mediaId, caption, onRemoved }: { mediaId: string; caption: string; onRemoved: () => void }) {
  const t = useTranslations("entryImages");
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const { deleteImage, pending, error } = useMediaDeletion(mediaId, onRemoved);
  const removeButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) keepButton.current?.focus();
    else if (returnFocus.current) removeButton.current?.focus();
    returnFocus.current = false;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={removeButton} type="button" aria-label={t("removeLabel", { caption })} onClick={() => setAsking(true)}>
        {t("remove")}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={questionId} className="entry-image-confirm" aria-busy={pending}>
      <p id={questionId}>
        <strong>{t("removeQuestion", { caption })}</strong>
      </p>
      <p>{t("removeExplained")}</p>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <div className="entry-image-actions">
        <button type="button" className="danger" disabled={pending} onClick={deleteImage}>
          {pending ? t("removing") : t("removeConfirm")}
        </button>
        <button
          ref={keepButton}
          type="button"
          disabled={pending}
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          {t("removeCancel")}
        </button>
      </div>
    </div>
  );
}
