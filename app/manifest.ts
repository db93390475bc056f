import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";

// A route rather than a file in public/: Next.js links a manifest from every page's head only when
// it lives here. Its icons are the files scripts/make-icons.ts writes into public/.
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations({ locale: "en", namespace: "site" });
  return {
    name: t("name"),
    short_name: "Memorial Map",
    description: t("description"),
    lang: "en",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#fbfaf7",
    theme_color: "#7a2e2e",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
