import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { EXPORT_EXTENSIONS, exportHref } from "@/lib/open-data/export-files";
import "./open-data.css";

const LABELS = { geojson: "GeoJSON", csv: "CSV", kml: "KML", jsonld: "JSON-LD" } as const;

/** "Download: GeoJSON · CSV · KML · JSON-LD" for one entry, named in the page's language. */
export async function EntryDownloads({ slug, locale }: { slug: string; locale: string }) {
  const t = await getTranslations("openData");
  const query = new URLSearchParams({ entry: slug, locale });
  return (
    <p className="entry-downloads">
      {t("download")}{" "}
      {EXPORT_EXTENSIONS.map((extension, index) => (
        <span key={extension}>
          {index > 0 ? " · " : ""}
          <a href={exportHref(extension, query)} download>
            {LABELS[extension]}
          </a>
        </span>
      ))}{" "}
      <Link href="/api" className="meta">
        ({t("aboutFormats")})
      </Link>
    </p>
  );
}
