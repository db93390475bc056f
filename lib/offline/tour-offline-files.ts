import { DEFAULT_MAP_CENTER } from "@/components/explorer/first-map-view";
import { routing } from "@/i18n/routing";
import { handoutQueryString, tourHandoutView } from "@/lib/handout/handout-params";
import { BASEMAP_FILES, basemapFilesForView, type ViewToSave } from "./basemap-files";
import { offlinePagePath } from "./offline-page";
import { requestKey } from "./request-key";

/** Files every saved page loads besides its own chunks: the web app manifest and the icon. */
const SITE_FILES = ["/manifest.webmanifest", "/icon.svg"];

export interface TourToSave {
  slug: string;
  locale: string;
  /** The share token the tour page was opened with: its saved copy is kept under that address. */
  token: string | null;
  /**
   * The token the tour page's own links carry (to the presentation and the handout), which may differ:
   * a published tour's links carry none, a teacher's shared draft's carry its token even when the
   * teacher opened it without one. The pages they lead to are saved under those addresses.
   */
  linkToken: string | null;
  steps: { view: ViewToSave | null; entry: { slug: string } | null; article: { slug: string } | null }[];
  /** The image files (under /media/) the linked entry and article pages show. */
  images: string[];
}

/** The entry and article pages a tour's steps link to (the student view's links), each once. */
export function tourLinkedPages(locale: string, steps: TourToSave["steps"]): string[] {
  const pages = new Set<string>();
  for (const { entry, article } of steps) {
    if (entry) pages.add(`/${locale}/entries/${encodeURIComponent(entry.slug)}`);
    if (article) pages.add(`/${locale}/articles/${encodeURIComponent(article.slug)}`);
  }
  return [...pages];
}

/**
 * Every address a tour's page, its presentation and the pages it links to load that the app does not
 * build into its chunks, as request keys: the tour page (always first), each step's presentation page
 * (a reload stays on its step), the handout, the entry and article pages the steps link to with their
 * images, the offline page in every language (shown for any page not saved), and the basemap the steps
 * show. A step without its own view shows the one before it, as the presentation does.
 */
export function tourOfflineFiles({ slug, locale, token, linkToken, steps, images }: TourToSave): string[] {
  const base = `/${locale}/tours/${encodeURIComponent(slug)}`;
  const withToken = (query: Record<string, string>, t: string | null) => {
    const params = new URLSearchParams(t ? { ...query, t } : query).toString();
    return params ? `?${params}` : "";
  };
  const pages = [`${base}${withToken({}, token)}`];
  steps.forEach((_, index) => {
    pages.push(`${base}/present${withToken({ step: String(index + 1) }, linkToken)}`);
  });
  // The presentation's Exit leads to the page with the links' token.
  pages.push(`${base}${withToken({}, linkToken)}`);
  pages.push(`/${locale}/handout?${handoutQueryString(tourHandoutView({ slug, token: linkToken ?? undefined }), "A4")}`);
  pages.push(...tourLinkedPages(locale, steps), ...routing.locales.map(offlinePagePath));
  const files = new Set<string>([...pages, ...images.map((file) => `/media/${file}`), ...SITE_FILES, ...BASEMAP_FILES]);
  // The presentation's own rule: until a step sets a view, the map's opening one.
  let view: ViewToSave = DEFAULT_MAP_CENTER;
  for (const step of steps) {
    view = step.view ?? view;
    for (const file of basemapFilesForView(view)) files.add(file);
  }
  // Paths only: the base just lets the URL parser read them.
  return [...new Set([...files].map((file) => requestKey(file, "http://localhost")))];
}
