"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";

function TimelineLoading() {
  return <div className="memorial-timeline is-loading">{useTranslations("explorer")("loadingTimeline")}</div>;
}

/** vis-timeline touches `window`, so the timeline loads in the browser only, in its own chunk. */
export const LazyMemorialTimeline = dynamic(() => import("./memorial-timeline"), { ssr: false, loading: TimelineLoading });
