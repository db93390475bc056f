"use client";

import { useTranslations } from "next-intl";

/** What stands in the timeline's place until its code has loaded (or, on the server, until the browser draws it). */
export function TimelineLoading() {
  return <div className="memorial-timeline is-loading">{useTranslations("explorer")("loadingTimeline")}</div>;
}
