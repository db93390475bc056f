import { AppError } from "@/lib/errors/app-error";

export const IMPORT_FORMATS = ["csv", "geojson", "kml"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const BY_EXTENSION: Record<string, ImportFormat> = { csv: "csv", geojson: "geojson", json: "geojson", kml: "kml" };
const FORMAT_NAMES: Record<ImportFormat, string> = { csv: "CSV", geojson: "GeoJSON", kml: "KML" };

/** What the text itself looks like: JSON and XML announce themselves in their first character; anything else is read as CSV. */
function sniff(text: string): ImportFormat {
  const first = text.trimStart()[0];
  if (first === "{" || first === "[") return "geojson";
  if (first === "<") return "kml";
  return "csv";
}

const extensionOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";

/** The format a file's name claims, if its extension is one the importer knows. */
export function namedImportFormat(fileName: string): ImportFormat | null {
  const extension = extensionOf(fileName);
  return Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension]! : null;
}

/**
 * The file's format, from its name and its content. A file whose content is not what its name says
 * (JSON named .csv, a CSV named .kml) is refused whole: reading it as the other format would import
 * garbage or nothing. A name without a known extension is read as its content says.
 */
export function importFormatOf(fileName: string, text: string): ImportFormat {
  const extension = extensionOf(fileName);
  const named = namedImportFormat(fileName);
  const content = sniff(text);
  if (named && named !== content) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      `The file is named .${extension} but its content reads as ${FORMAT_NAMES[content]}: nothing was imported. Save it in the format its name says.`,
      { issues: [{ path: "file", issue: `Not ${FORMAT_NAMES[named]}.` }] },
    );
  }
  return named ?? content;
}
