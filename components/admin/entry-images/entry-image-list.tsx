"use client";

import { useLocale, useTranslations } from "next-intl";
import { type DragEvent, useCallback, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useRouter } from "@/i18n/navigation";
import { moveMediaAction } from "@/lib/actions/media/move-media";
import type { LibraryImage } from "@/lib/data/media/list-media";
import { EntryImageCard, imageCaption } from "./entry-image-card";

export interface EntryImageListProps {
  images: LibraryImage[];
  licences: readonly string[];
  mayChange: boolean;
  mayRemove: boolean;
}

/**
 * The entry's images in the order visitors see them. Reordered with each card's Move up / Move down
 * buttons or by dragging a card onto another's place: the new order shows at once and is saved
 * through the media library's move action; a refusal puts the saved order back and says why.
 */
export function EntryImageList({ images, licences, mayChange, mayRemove }: EntryImageListProps) {
  const t = useTranslations("entryImages");
  const locale = useLocale();
  const router = useRouter();
  const list = useRef<HTMLOListElement>(null);
  // The order shown while a move is on its way; it ends when the page's refreshed images arrive.
  const [moved, setMoved] = useState<{ base: LibraryImage[]; order: string[] } | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const editing = useRef(new Set<string>());

  const byId = new Map(images.map((image) => [image.id, image]));
  const order = moved && moved.base === images ? moved.order.filter((id) => byId.has(id)) : images.map((image) => image.id);
  const shown = order.flatMap((id) => byId.get(id) ?? []);
  const caption = (image: LibraryImage) => imageCaption(image, locale, t("untitled"));

  const onEditing = useCallback((id: string, open: boolean) => {
    if (open) editing.current.add(id);
    else editing.current.delete(id);
  }, []);

  async function move(id: string, to: number, focus?: "up" | "down") {
    const from = order.indexOf(id);
    const image = byId.get(id);
    if (from < 0 || to < 0 || to >= order.length || to === from || !image) return;
    const next = order.filter((other) => other !== id);
    next.splice(to, 0, id);
    flushSync(() => setMoved({ base: images, order: next }));
    if (focus) {
      // The button pressed is gone at either end of the list: keep the focus on the same image.
      const wanted = to === 0 ? "down" : to === next.length - 1 ? "up" : focus;
      list.current?.querySelector<HTMLButtonElement>(`[data-move="${id}:${wanted}"]`)?.focus();
    }
    setProblem(null);
    setAnnouncement("");
    const form = new FormData();
    form.set("mediaId", id);
    form.set("position", String(to));
    try {
      const result = await moveMediaAction(form);
      if (result.status === "refused") {
        setMoved(null);
        setProblem(t("moveRefused", { message: result.message }));
      } else {
        // Said once the server has kept it, so "is now image 1" is never said of a move still on its way.
        setAnnouncement(t("moved", { caption: caption(image), position: to + 1, count: next.length }));
      }
    } catch {
      setMoved(null);
      setProblem(t("moveFailed"));
    }
    router.refresh();
  }

  const moveButton = (image: LibraryImage, index: number, direction: "up" | "down") => (
    <button
      type="button"
      data-move={`${image.id}:${direction}`}
      aria-label={t(direction === "up" ? "moveUpLabel" : "moveDownLabel", { caption: caption(image) })}
      onClick={() => move(image.id, direction === "up" ? index - 1 : index + 1, direction)}
    >
      {t(direction === "up" ? "moveUp" : "moveDown")}
    </button>
  );

  const dragProps = (image: LibraryImage, index: number) =>
    mayChange && shown.length > 1
      ? {
          draggable: true,
          onDragStart: (event: DragEvent<HTMLLIElement>) => {
            // Text is being selected or typed in an open form: that is not a reorder.
            if (editing.current.has(image.id)) return event.preventDefault();
            event.dataTransfer.effectAllowed = "move";
            event.dataTransfer.setData("text/plain", caption(image));
            setDragged(image.id);
          },
          onDragOver: (event: DragEvent<HTMLLIElement>) => {
            if (dragged === null) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = "move";
          },
          onDrop: (event: DragEvent<HTMLLIElement>) => {
            if (dragged === null) return;
            event.preventDefault();
            setDragged(null);
            void move(dragged, index);
          },
          onDragEnd: () => setDragged(null),
        }
      : {};

  return (
    <>
      {/* Always there, so that screen readers announce what is put into it. */}
      <p role="status">{announcement}</p>
      {problem ? (
        <p role="alert" className="form-error">
          {problem}
        </p>
      ) : null}
      {mayChange && shown.length > 1 ? <p className="hint">{t("dragHint")}</p> : null}
      <ol ref={list} className="entry-images-list" aria-label={t("listLabel")} tabIndex={-1}>
        {shown.map((image, index) => (
          <li key={image.id} className={dragged === image.id ? "entry-image is-dragged" : "entry-image"} {...dragProps(image, index)}>
            <EntryImageCard
              image={image}
              licences={licences}
              mayChange={mayChange}
              mayRemove={mayRemove}
              moveButtons={
                <>
                  {index > 0 ? moveButton(image, index, "up") : null}
                  {index < shown.length - 1 ? moveButton(image, index, "down") : null}
                </>
              }
              onEditing={onEditing}
              onRemoved={(removed) => {
                setAnnouncement(t("removed", { caption: removed }));
                // Its card is gone, and the focus with it: back to the list it was in.
                list.current?.focus();
                router.refresh();
              }}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
