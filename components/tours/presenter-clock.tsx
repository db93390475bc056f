"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/** The time of day and how long the presentation has run (since this window opened), for pacing a lesson. */
export function PresenterClock() {
  const t = useTranslations("presenter");
  const locale = useLocale();
  // Null until mounted: the server's clock and time zone are not the classroom's (the browser's local time is).
  const [times, setTimes] = useState<{ now: Date; started: number } | null>(null);
  useEffect(() => {
    const started = Date.now();
    const tick = () => setTimes({ now: new Date(), started });
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, []);
  if (!times) return <p className="presenter-clock" />;
  const elapsed = Math.floor((times.now.getTime() - times.started) / 1000);
  const minutes = Math.floor(elapsed / 60);
  const seconds = String(elapsed % 60).padStart(2, "0");
  return (
    <p className="presenter-clock">
      <time dateTime={times.now.toISOString()}>{times.now.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" })}</time>
      <span>{t("elapsed", { time: `${minutes}:${seconds}` })}</span>
    </p>
  );
}
