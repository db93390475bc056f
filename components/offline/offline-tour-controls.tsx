"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { offlineSupported, savedCopyShown, saveTourOffline } from "@/lib/offline/client/offline-worker";
import { removeSavedTour } from "@/lib/offline/client/remove-saved-tour";
import { type SavedTour, type SaveTourRequest, savedCopyState } from "@/lib/offline/saved-tour";
import { readSavedTours } from "@/lib/offline/saved-tours";
import { SavedToursList } from "./saved-tours-list";
import "./offline.css";

type Saving = { done: number; total: number } | null;

/** Whether the browser says it is offline, following its online and offline events. */
function useOffline(): boolean {
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    const follow = () => setOffline(!navigator.onLine);
    follow();
    window.addEventListener("online", follow);
    window.addEventListener("offline", follow);
    return () => {
      window.removeEventListener("online", follow);
      window.removeEventListener("offline", follow);
    };
  }, []);
  return offline;
}

/** What a save keeps, told before saving: how many linked pages and images, and files in all. */
export interface SavedContents {
  pages: number;
  images: number;
  files: number;
}

/**
 * Saves this tour for offline, says how the saved copy stands (saved; older than the tour now; being
 * shown because the network is gone), updates or removes it, and lists every tour saved here.
 */
export function OfflineTourControls({ tour, contents }: { tour: SaveTourRequest; contents: SavedContents }) {
  const t = useTranslations("offlineTour");
  const format = useFormatter();
  const offline = useOffline();
  const [supported, setSupported] = useState<boolean | null>(null);
  const [saved, setSaved] = useState<SavedTour[]>([]);
  const [shownFromCopy, setShownFromCopy] = useState(false);
  const [saving, setSaving] = useState<Saving>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const reload = useCallback(async () => setSaved((await readSavedTours()).map(({ tour }) => tour)), []);
  useEffect(() => {
    const ok = offlineSupported();
    setSupported(ok);
    if (!ok) return;
    void reload();
    savedCopyShown().then(
      (savedAt) => setShownFromCopy(savedAt !== null),
      () => undefined,
    );
  }, [reload]);

  async function save() {
    setFailure(null);
    setSaving({ done: 0, total: tour.files.length });
    try {
      await saveTourOffline(tour, (done, total) => setSaving({ done, total }));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
    setSaving(null);
    await reload();
  }

  async function remove(locale: string, slug: string) {
    await removeSavedTour(locale, slug);
    await reload();
  }

  if (supported === null) return null;
  if (!supported) return <p className="offline-tour-note">{t("unsupported")}</p>;
  const copy = saved.find((s) => s.locale === tour.locale && s.slug === tour.slug) ?? null;
  const date = copy ? format.dateTime(new Date(copy.savedAt), { dateStyle: "medium", timeStyle: "short" }) : "";
  const showingCopy = copy !== null && (offline || shownFromCopy);
  const busy = saving !== null;

  return (
    <div className="offline-tour">
      {showingCopy ? (
        <p role="status">{t("showingSaved", { date })}</p>
      ) : copy ? (
        <>
          <p role="status">{savedCopyState(copy, tour.version) === "older" ? t("older", { date }) : t("saved", { date })}</p>
          {savedCopyState(copy, tour.version) === "older" ? (
            <button type="button" onClick={save} disabled={busy}>
              {t("update")}
            </button>
          ) : null}
          <button type="button" onClick={() => remove(copy.locale, copy.slug)} disabled={busy}>
            {t("remove")}
          </button>
        </>
      ) : (
        <>
          <button type="button" onClick={save} disabled={busy || offline} aria-describedby="offline-tour-hint">
            {t("save")}
          </button>
          <p id="offline-tour-hint" className="offline-tour-note">
            {t("saveHint", { ...contents })}
          </p>
        </>
      )}
      {saving ? (
        <p role="status">
          {t("saving", saving)} <progress max={saving.total} value={saving.done} aria-hidden="true" />
        </p>
      ) : null}
      {failure ? <p role="alert">{t("failed", { reason: failure })}</p> : null}
      <SavedToursList tours={saved} onRemove={remove} disabled={busy} />
    </div>
  );
}
