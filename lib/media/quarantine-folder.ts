/** Under the uploads folder: where image files that no record names are moved (by the start-up sweep, by a restore). Never served. */
export const QUARANTINE_FOLDER = ".orphaned";
