/** The largest file the importer takes: a 100,000-row CSV of the export's columns fits with room to spare. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/** Rows written per transaction; between batches the server answers other requests and a cancel takes effect. */
export const IMPORT_BATCH_ROWS = 500;

/** Report rows kept per job (refused rows and possible duplicates); past it only the counts grow. */
export const MAX_REPORT_ROWS = 2000;

/** How near an existing entry with the same or a similar name must be to flag a row as a possible duplicate. */
export const DUPLICATE_RADIUS_KM = 5;

/** The kind given to a row that names none (KML placemarks and GeoJSON features from elsewhere rarely do). */
export const DEFAULT_IMPORT_KIND = "place";

export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
