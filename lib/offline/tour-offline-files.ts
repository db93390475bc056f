import { DEFAULT_MAP_CENTER } from "@/components/explorer/first-map-view";
import { BASEMAP_FILES, basemapFilesForView, type ViewToSave } from "./basemap-files";
import { requestKey } from "./request-key";

/** Files every saved page loads besides its own chunks: the web app manifest and the icon. */
const SITE_FILES = ["/manifest.webmanifest", "/icon.svg"];

export interface TourToSave {
  slug: string;
  locale: string;
  /** The share token the page was opened with: saved pages keep it, as the presentation's addresses do. */
  token: string | null;
  steps: { view: ViewToSave | null }[];
}

/**
 * Every address a tour's page and its presentation load that the app does not build into its chunks,
 * as request keys: the tour page (always first), each step's presentation page (a reload stays on its
 * step), and the basemap the steps show. A step without its own view shows the one before it, as the
 * presentation does.
 */
export function tourOfflineFiles({ slug, locale, token, steps }: TourToSave): string[] {
  const base = `/${locale}/tours/${encodeURIComponent(slug)}`;
  const withToken = (query: Record<string, string>) => `?${new URLSearchParams(token ? { ...query, t: token } : query)}`;
  const pages = [token ? `${base}${withToken({})}` : base];
  steps.forEach((_, index) => {
    pages.push(`${base}/present${withToken({ step: String(index + 1) })}`);
  });
  const files = new Set<string>([...pages, ...SITE_FILES, ...BASEMAP_FILES]);
  // The presentation's own rule: until a step sets a view, the map's opening one.
  let view: ViewToSave = DEFAULT_MAP_CENTER;
  for (const step of steps) {
    view = step.view ?? view;
    for (const file of basemapFilesForView(view)) files.add(file);
  }
  // Paths only: the base just lets the URL parser read them.
  return [...files].map((file) => requestKey(file, "http://localhost"));
}
