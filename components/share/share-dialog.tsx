"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { embedSnippet } from "@/lib/share/embed-snippet";
import { CopyField } from "./copy-field";
import { QrCodeImage } from "./qr-code-image";
import type { ShareTarget } from "./share-target";
import "./share-dialog.css";

type Shared = { link: string; embedUrl: string | null };
type State = { step: "closed" } | { step: "making" } | { step: "failed"; fallback: string } | ({ step: "ready" } & Shared);

async function makeShortLink(path: string): Promise<string> {
  const response = await fetch("/api/v1/short-links", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ target: path }),
  });
  if (!response.ok) throw new Error(`short link: ${response.status}`);
  const { path: shortPath } = (await response.json()) as { path: string };
  return shortPath;
}

/**
 * The Share button and its dialog: a short link with a copy button, its QR code (and a full-screen
 * view of it for a projector), and an embed snippet where the page has an embed page. `resolve`
 * names what to share when the dialog opens, so a view that changes (the explorer) is shared as it
 * stands. Links are made absolute with the address this browser is using, which is the one the
 * class can reach.
 */
export function ShareDialog({ resolve, title }: { resolve: () => ShareTarget; title: string }) {
  const t = useTranslations("sharing");
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<State>({ step: "closed" });
  const [large, setLarge] = useState(false);

  async function open() {
    const target = resolve();
    setLarge(false);
    setState({ step: "making" });
    dialog.current?.showModal();
    const origin = window.location.origin;
    try {
      const shortPath = await makeShortLink(target.path);
      setState({
        step: "ready",
        link: new URL(shortPath, origin).href,
        embedUrl: target.embedPath ? new URL(target.embedPath, origin).href : null,
      });
    } catch {
      setState({ step: "failed", fallback: new URL(target.path, origin).href });
    }
  }

  return (
    <>
      <button type="button" className="share-button" aria-haspopup="dialog" onClick={open}>
        {t("share")}
      </button>
      <dialog
        ref={dialog}
        className={large ? "share-dialog share-dialog-large" : "share-dialog"}
        aria-labelledby="share-dialog-title"
        onClose={() => setState({ step: "closed" })}
      >
        <h2 id="share-dialog-title">{t("title", { title })}</h2>
        {state.step === "making" ? <p role="status">{t("making")}</p> : null}
        {state.step === "failed" ? (
          <>
            <p role="alert">{t("failed")}</p>
            <CopyField label={t("fullLink")} value={state.fallback} />
          </>
        ) : null}
        {state.step === "ready" && large ? (
          <div className="share-large">
            <QrCodeImage className="share-qr-large" text={state.link} alt={t("qrAlt", { link: state.link })} />
            <p className="share-large-link">{state.link.replace(/^https?:\/\//, "")}</p>
            <button type="button" onClick={() => setLarge(false)}>
              {t("back")}
            </button>
          </div>
        ) : null}
        {state.step === "ready" && !large ? (
          <>
            <CopyField label={t("shortLink")} value={state.link} />
            <figure className="share-qr">
              <QrCodeImage className="share-qr-image" text={state.link} alt={t("qrAlt", { link: state.link })} />
              <figcaption>
                <button type="button" onClick={() => setLarge(true)}>
                  {t("showLarge")}
                </button>
              </figcaption>
            </figure>
            {state.embedUrl ? <CopyField label={t("embed")} value={embedSnippet({ url: state.embedUrl, title })} multiline /> : null}
          </>
        ) : null}
        <form method="dialog">
          <button type="submit">{t("close")}</button>
        </form>
      </dialog>
    </>
  );
}
