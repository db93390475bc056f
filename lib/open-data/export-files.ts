/** The export formats in the order the site offers them; their file names are /api/v1/export/entries.<extension>. */
export const EXPORT_EXTENSIONS = ["geojson", "csv", "kml", "jsonld"] as const;
export type ExportExtension = (typeof EXPORT_EXTENSIONS)[number];

/** An export's address with the query string the viewport API takes (the same names and parsing). */
export function exportHref(extension: ExportExtension, query: URLSearchParams | string): string {
  const text = query.toString();
  return `/api/v1/export/entries.${extension}${text ? `?${text}` : ""}`;
}
