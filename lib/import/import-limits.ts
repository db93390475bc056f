/** The largest file the importer takes: a 100,000-row CSV of the export's columns fits with room to spare. */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/**
 * Rows written per transaction, at most; between batches a cancel takes effect. A batch's rows and
 * what is built from them are the live part of a CSV job's heap, so a batch also ends once its rows
 * hold IMPORT_BATCH_TEXT_CHARS characters of text: long descriptions make fewer rows per batch.
 */
export const IMPORT_BATCH_ROWS = 250;
export const IMPORT_BATCH_TEXT_CHARS = 1_000_000;

/** Report rows kept per job (refused rows and possible duplicates); past it only the counts grow. */
export const MAX_REPORT_ROWS = 2000;

/** How near an existing entry with the same or a similar name must be to flag a row as a possible duplicate. */
export const DUPLICATE_RADIUS_KM = 5;

/** The kind given to a row that names none (KML placemarks and GeoJSON features from elsewhere rarely do). */
export const DEFAULT_IMPORT_KIND = "place";

export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * An import worker's old generation for a file: what a CSV or a KML needs (each is read as a stream,
 * one batch of rows at a time: the worker's modules and one batch), and for GeoJSON, which is parsed
 * whole, room for the parsed file as well, in proportion to its size, up to a ceiling; a file whose
 * name claims no format gets that room too. Measured in bench/results.md ("Open data"). A file that
 * needs more is refused (the worker runs out of memory, not the server). V8 collects only as the old
 * generation nears its limit, so the limit, not the live heap, is what a streamed file's worker holds.
 */
export const IMPORT_WORKER_STREAMED_HEAP_MB = 64;
export const IMPORT_WORKER_BASE_HEAP_MB = 96;
export const IMPORT_WORKER_HEAP_MB_PER_FILE_MB = 64;
export const IMPORT_WORKER_MAX_HEAP_MB = 512;

/** `format`: an ImportFormat, or null for a file whose name claims none. */
export function importWorkerHeapMb(byteSize: number, format: string | null): number {
  if (format === "csv" || format === "kml") return IMPORT_WORKER_STREAMED_HEAP_MB;
  const forFile = Math.ceil((byteSize / (1024 * 1024)) * IMPORT_WORKER_HEAP_MB_PER_FILE_MB);
  return Math.min(IMPORT_WORKER_MAX_HEAP_MB, IMPORT_WORKER_BASE_HEAP_MB + forFile);
}

/** How long checking an upload may take before it is refused: the person is waiting for the answer. */
export const IMPORT_CHECK_TIMEOUT_MS = 60_000;

/**
 * A KML is read a placemark at a time (lib/import/kml-features.ts): only one placemark's own elements
 * are built, so these bound what reading one takes. Far larger than any entry the editor accepts
 * (every text at its limit in both languages, with its sources); a bigger placemark is reported as a
 * row that was not read, and its text is not even kept.
 */
export const MAX_KML_FEATURE_CHARS = 1_000_000;
export const MAX_KML_FEATURE_ELEMENTS = 10_000;
/**
 * Real KML nests a few levels (Document, Folders, Placemark, geometry); every element still open is
 * remembered until it closes, so a hostile file nested deeper than this is refused whole.
 */
export const MAX_KML_DEPTH = 250_000;

/**
 * The longest line a CSV file may have: far more than every text field of an entry at its longest
 * (lib/validation/entry-edit.ts), so only a broken or hostile file meets it (bounded-lines.ts).
 */
export const MAX_CSV_LINE_CHARS = 2_000_000;
