import { getTranslations } from "next-intl/server";
import type { HandoutItem } from "@/lib/handout/handout-item";
import { HandoutItems } from "./handout-items";
import { HandoutMap } from "./handout-map";
import { HandoutTimeline } from "./handout-timeline";
import { QrCodeSvg } from "./qr-code-svg";
import "./handout-sheet.css";

/**
 * A printable handout of any list of items (an explorer view's entries, a tour's steps): heading
 * with a name line, the link back to the site as text and QR code, the map and timeline strip, then
 * each item with space to answer. Paper size comes from `paper` (the page's @page rule).
 */
export async function HandoutSheet({
  title,
  intro,
  link,
  origin,
  items,
  view = null,
  note,
  paper,
}: {
  title: string;
  intro?: string;
  /** The absolute address of what this handout shows, printed and in the QR code. */
  link: string;
  origin: string;
  items: HandoutItem[];
  view?: { latitude: number; longitude: number; zoom: number } | null;
  /** Said under the heading: that the list was cut short, for example. */
  note?: string;
  paper: "A4" | "Letter";
}) {
  const t = await getTranslations("handout");
  return (
    <article className="handout-sheet">
      {/* Inline style: the CSP allows styles, and @page cannot be switched by a class. */}
      <style>{`@page { size: ${paper}; margin: 14mm; }`}</style>
      <header className="handout-header">
        <div>
          <h1>{title}</h1>
          {intro ? <p>{intro}</p> : null}
          <p className="handout-link">{t("viewLink", { link })}</p>
          {note ? <p className="handout-note">{note}</p> : null}
          <p className="handout-name">{t("name")}: ______________________________</p>
        </div>
        <QrCodeSvg className="handout-qr" text={link} label={link} />
      </header>
      <HandoutMap items={items} view={view} label={t("mapLabel")} />
      <HandoutTimeline items={items} label={t("timelineLabel")} />
      <HandoutItems items={items} origin={origin} />
    </article>
  );
}
