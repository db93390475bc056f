/**
 * What the curators' image upload accepts. The file's type is decided by its content
 * (lib/media/process-image.ts), never by its name or the type the browser declares.
 */

export const ACCEPTED_IMAGE_TYPES = {
  jpeg: { mimeType: "image/jpeg", extension: "jpg", label: "JPEG" },
  png: { mimeType: "image/png", extension: "png", label: "PNG" },
  webp: { mimeType: "image/webp", extension: "webp", label: "WebP" },
} as const;

export type AcceptedImageFormat = keyof typeof ACCEPTED_IMAGE_TYPES;
export type AcceptedImageMimeType = (typeof ACCEPTED_IMAGE_TYPES)[AcceptedImageFormat]["mimeType"];
export type AcceptedImageExtension = (typeof ACCEPTED_IMAGE_TYPES)[AcceptedImageFormat]["extension"];

/** For `<input type="file" accept="…">`: a hint to the browser only; the server checks the content. */
export const ACCEPT_ATTRIBUTE = "image/jpeg,image/png,image/webp";

/** Largest upload, in bytes (10 MB). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Largest width or height, in pixels. */
export const MAX_IMAGE_DIMENSION = 12_000;

/** Largest width × height (50 megapixels): also the decoder's limit, against decompression bombs. */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** JPEG and WebP re-encoding quality (1–100). */
export const JPEG_QUALITY = 85;
export const WEBP_QUALITY = 85;

/** Thumbnails: WebP, at most this wide (and this tall, for very tall images); never enlarged. */
export const THUMBNAIL_MAX_WIDTH = 480;
export const THUMBNAIL_MAX_HEIGHT = 960;
export const THUMBNAIL_QUALITY = 80;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
}
