"use client";

import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef, useState } from "react";
import type { LibraryImage } from "@/lib/data/media/list-media";
import { mediaFormValues } from "@/lib/forms/media-form";
import { MediaEditForm } from "../media-edit-form";
import { MediaThumbnail } from "../media-thumbnail";
import { EntryImageRemove } from "./entry-image-remove";

/** What a card says about an image in the editor's language: its caption there, else in the other one. */
export function imageCaption(image: LibraryImage, locale: string, untitled: string): string {
  const text = (l: string) => image.translations.find((t) => t.locale === l)?.caption;
  return text(locale) || text("en") || text("ru") || untitled;
}

export interface EntryImageCardProps {
  image: LibraryImage;
  licences: readonly string[];
  /** May describe and reorder (the role and the entry's status allow it). */
  mayChange: boolean;
  mayRemove: boolean;
  /** The Move buttons, drawn by the list, which knows the order. */
  moveButtons: ReactNode;
  onRemoved: (caption: string) => void;
  /** Whether the card is open for editing (the list does not start a drag from an open form). */
  onEditing: (mediaId: string, editing: boolean) => void;
}

/** One image of the entry: its thumbnail and what is said about it, edited in place with the library's form. */
export function EntryImageCard({ image, licences, mayChange, mayRemove, moveButtons, onRemoved, onEditing }: EntryImageCardProps) {
  const t = useTranslations("entryImages");
  const media = useTranslations("media");
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const caption = imageCaption(image, locale, t("untitled"));
  const text = (l: string) => image.translations.find((tr) => tr.locale === l);
  const alt = text(locale)?.altText || text(locale)?.caption || caption;

  useEffect(() => onEditing(image.id, editing), [image.id, editing, onEditing]);

  const toggle = (open: boolean) => {
    setEditing(open);
    setSaved(false);
  };

  return (
    <>
      <MediaThumbnail image={image} alt={alt} draggable={false} />
      <div className="entry-image-body">
        <p className="entry-image-caption" data-caption="">
          {caption}
        </p>
        <dl>
          {(["en", "ru"] as const).flatMap((l) => [
            <dt key={`c-${l}`}>{media(`caption_${l}`)}</dt>,
            <dd key={`cv-${l}`} lang={text(l)?.caption ? l : undefined}>
              {text(l)?.caption || t("none")}
            </dd>,
            <dt key={`a-${l}`}>{media(`altText_${l}`)}</dt>,
            <dd key={`av-${l}`} lang={text(l)?.altText ? l : undefined}>
              {text(l)?.altText || t("none")}
            </dd>,
          ])}
          <dt>{media("credit")}</dt>
          <dd>{image.credit}</dd>
          <dt>{media("licence")}</dt>
          <dd>{image.licence}</dd>
        </dl>
        {mayChange ? (
          <>
            <p role="status" className="entry-image-saved">
              {saved ? t("saved") : null}
            </p>
            <div className="entry-image-actions">
              {moveButtons}
              <button
                ref={editButton}
                type="button"
                aria-expanded={editing}
                aria-label={editing ? t("closeEditLabel", { caption }) : t("editLabel", { caption })}
                onClick={() => toggle(!editing)}
              >
                {editing ? t("closeEdit") : t("edit")}
              </button>
              {mayRemove ? <EntryImageRemove mediaId={image.id} caption={caption} onRemoved={() => onRemoved(caption)} /> : null}
            </div>
            {editing ? (
              <MediaEditForm
                mediaId={image.id}
                initial={mediaFormValues(image)}
                licences={licences}
                idPrefix={`entry-image-${image.id}`}
                onSaved={() => {
                  setEditing(false);
                  setSaved(true);
                  editButton.current?.focus();
                }}
              />
            ) : null}
          </>
        ) : null}
      </div>
    </>
  );
}
