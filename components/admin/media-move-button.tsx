"use client";

import { moveMediaAction } from "@/lib/actions/media/move-media";

/**
 * One of the library's Move earlier / Move later buttons. The action answers what the entry editor
 * shows; here the page it revalidates shows the new order (or, when refused, the old one).
 */
export function MediaMoveButton({
  id,
  direction,
  label,
  text,
}: {
  id: string;
  direction: "earlier" | "later";
  label: string;
  text: string;
}) {
  return (
    <form
      action={async (form) => {
        await moveMediaAction(form);
      }}
    >
      <input type="hidden" name="mediaId" value={id} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" aria-label={label}>
        {text}
      </button>
    </form>
  );
}
