"use client";

import { useTranslations } from "next-intl";

/** What stands in the map's place until its code has loaded (or, on the server, until the browser draws it). */
export function MapLoading() {
  return <div className="memorial-map is-loading">{useTranslations("explorer")("loadingMap")}</div>;
}
