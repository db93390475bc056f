import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { handoutQueryString, type Paper } from "@/lib/handout/handout-params";
import { PrintButton } from "./print-button";

/**
 * The screen-only controls above a handout: print, the PDF (when the server's renderer can open what
 * the handout is of), the paper size, and `children` (the Share button). `view` is the handout's own
 * query without the paper: an explorer view's, or a tour's.
 */
export async function HandoutControls({
  locale,
  view,
  paper,
  pdf,
  children,
}: {
  locale: string;
  view: string;
  paper: Paper;
  pdf: boolean;
  children: ReactNode;
}) {
  const t = await getTranslations("handout");
  const paperLink = (size: Paper, label: string) => (
    <a href={`/${locale}/handout?${handoutQueryString(view, size)}`} aria-current={paper === size ? "page" : undefined}>
      {label}
    </a>
  );
  return (
    <nav className="handout-controls no-print" aria-label={t("title")}>
      <PrintButton label={t("print")} />
      {pdf ? (
        <a href={`/${locale}/handout.pdf?${handoutQueryString(view, paper)}`} download>
          {t("downloadPdf")}
        </a>
      ) : null}
      <span>
        {t("paper")}: {paperLink("A4", t("a4"))} · {paperLink("Letter", t("letter"))}
      </span>
      {children}
    </nav>
  );
}
