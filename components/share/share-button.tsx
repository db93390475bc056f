"use client";

import { ShareDialog } from "./share-dialog";

/** Share one page (an entry, an article, a tour): its path and, if it has one, its embed page's path. */
export function ShareButton({ path, embedPath = null, title }: { path: string; embedPath?: string | null; title: string }) {
  return <ShareDialog resolve={() => ({ path, embedPath })} title={title} />;
}
