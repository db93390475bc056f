"use client";

import { usePathname } from "next/navigation";
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";

const DocumentRequestIdContext = createContext<string | null>(null);

/**
 * Hands the error pages the id of the request that served this document (scripts/serve.ts gives every
 * request one; the layout reads it from the request's headers), which the log line of a failure while
 * drawing it carries. Once the visitor has moved to another page within the document, a failure
 * belongs to a later request whose id the document never saw: from then on there is no id to show,
 * and the error page gives Next.js's error id (the digest, also in the log line) alone.
 */
export function DocumentRequestIdProvider({ id, children }: { id: string | null; children: ReactNode }) {
  const pathname = usePathname();
  const [servedPath] = useState(pathname);
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (pathname !== servedPath) setMoved(true);
  }, [pathname, servedPath]);
  const current = moved || pathname !== servedPath ? null : id;
  return <DocumentRequestIdContext value={current}>{children}</DocumentRequestIdContext>;
}

/** The id of the request that served this page, while it is still the page first served; null otherwise. */
export function useDocumentRequestId(): string | null {
  return useContext(DocumentRequestIdContext);
}
