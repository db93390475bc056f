"use client";

import { useLocale } from "next-intl";
import { ShareDialog } from "./share-dialog";

/**
 * Share the page as it stands now: its address, read when the dialog opens, so the explorer's map,
 * timeline and filters (all in its query) are what the link, the QR code and the embed show.
 * Self-contained, so any page whose state is in its address can mount it as it is.
 */
export function ShareCurrentView({ title }: { title: string }) {
  const locale = useLocale();
  return (
    <ShareDialog
      title={title}
      resolve={() => ({
        path: `${window.location.pathname}${window.location.search}`,
        embedPath: `/${locale}/embed/view${window.location.search}`,
      })}
    />
  );
}
