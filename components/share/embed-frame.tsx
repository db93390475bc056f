import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import "./embed-frame.css";

/**
 * The little chrome an embed page has inside another site's frame: the site's name and a link to
 * the same thing on the full site (in a new tab, so the host page stays where it is).
 */
export async function EmbedFrame({ fullPath, children }: { fullPath: string; children: ReactNode }) {
  const t = await getTranslations("embed");
  const site = await getTranslations("site");
  return (
    <div className="embed-frame">
      <main className="embed-main">{children}</main>
      <footer className="embed-footer">
        <a href={fullPath} target="_blank" rel="noopener">
          {t("openFullSite", { site: site("name") })}
        </a>
      </footer>
    </div>
  );
}
