"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import "./explorer-intro.css";

export interface ExplorerIntroProps {
  onDismiss: () => void;
  /** Where the featured tours are shown, once there are any (components/tours/featured-tours.tsx). */
  featuredTours?: ReactNode;
}

/** What this is and how the map and the timeline work together, for a first-time visitor. */
export function ExplorerIntro({ onDismiss, featuredTours }: ExplorerIntroProps) {
  const t = useTranslations("explorerIntro");
  return (
    <section className="explorer-intro" aria-labelledby="explorer-intro-heading">
      <h2 id="explorer-intro-heading">{t("heading")}</h2>
      <p>{t("what")}</p>
      <p>{t("how")}</p>
      {featuredTours ? <div className="featured-tours-slot">{featuredTours}</div> : null}
      <button type="button" onClick={onDismiss}>
        {t("dismiss")}
      </button>
    </section>
  );
}
