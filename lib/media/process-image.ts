import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata } from "sharp";
import { englishValidation } from "@/lib/validation/english-messages";
import type { LocalizedMessage } from "@/lib/validation/messages";
import {
  ACCEPTED_IMAGE_TYPES,
  type AcceptedImageExtension,
  type AcceptedImageFormat,
  type AcceptedImageMimeType,
  formatMegabytes,
  JPEG_QUALITY,
  MAX_IMAGE_DIMENSION,
  MAX_IMAGE_PIXELS,
  MAX_UPLOAD_BYTES,
  THUMBNAIL_MAX_HEIGHT,
  THUMBNAIL_MAX_WIDTH,
  THUMBNAIL_QUALITY,
  WEBP_QUALITY,
} from "./image-rules";

export type MediaErrorCode = "NOT_AN_IMAGE" | "UNSUPPORTED_TYPE" | "TOO_LARGE" | "TOO_MANY_PIXELS" | "UNREADABLE";

/** The HTTP status a route should answer each refusal with. */
export const MEDIA_ERROR_STATUS: Record<MediaErrorCode, number> = {
  NOT_AN_IMAGE: 415,
  UNSUPPORTED_TYPE: 415,
  TOO_LARGE: 413,
  TOO_MANY_PIXELS: 422,
  UNREADABLE: 422,
};

/**
 * A refused upload: `reason` says why as a message key with what was found, so each reader's form
 * can say it in their language; `message` is the same in English, for the API.
 */
export class MediaError extends Error {
  constructor(
    readonly code: MediaErrorCode,
    readonly reason: LocalizedMessage,
    options?: { cause?: unknown },
  ) {
    super(englishValidation(reason.key, reason.params), options);
    this.name = "MediaError";
  }
}

export interface ProcessedImage {
  /** Re-encoded, auto-oriented, sRGB, with no metadata at all. */
  original: Buffer;
  /** WebP, at most THUMBNAIL_MAX_WIDTH wide. */
  thumbnail: Buffer;
  mimeType: AcceptedImageMimeType;
  extension: AcceptedImageExtension;
  width: number;
  height: number;
  /** Size of `original` in bytes. */
  byteSize: number;
}

const FORMAT_BY_MIME: Record<string, AcceptedImageFormat> = {
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/webp": "webp",
};

/** The formats curators are most likely to try, named by the refusal messages (`kind` in imageTypeRefused, imageOtherFile). */
const KNOWN_KINDS: Record<string, string> = {
  "image/gif": "gif",
  "image/heic": "heic",
  "image/heif": "heif",
  "image/avif": "avif",
  "image/tiff": "tiff",
  "image/bmp": "bmp",
  "image/x-icon": "icon",
  "image/vnd.microsoft.icon": "icon",
  "image/jxl": "jxl",
  "image/jp2": "jp2",
  "image/vnd.adobe.photoshop": "psd",
  "image/x-canon-cr2": "raw",
  "image/x-nikon-nef": "raw",
  "image/x-sony-arw": "raw",
  "image/x-adobe-dng": "raw",
  "application/pdf": "pdf",
};

/** An SVG (or other XML) drawing: file-type does not detect text formats, so look for the tag. */
function looksLikeSvg(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 4096)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  return /^\s*</.test(head) && /<svg[\s>]/i.test(head);
}

/**
 * Which accepted format the bytes are, judged by their content alone.
 * Throws MediaError NOT_AN_IMAGE / UNSUPPORTED_TYPE otherwise.
 */
async function detectFormat(bytes: Buffer): Promise<AcceptedImageFormat> {
  const detected = await fileTypeFromBuffer(bytes);
  const format = detected && FORMAT_BY_MIME[detected.mime];
  if (format) return format;
  // file-type reports SVG as XML (with an <?xml … ?> prolog) or not at all.
  if ((!detected || detected.mime.endsWith("xml")) && looksLikeSvg(bytes)) throw new MediaError("UNSUPPORTED_TYPE", { key: "imageSvg" });
  if (!detected) throw new MediaError("NOT_AN_IMAGE", { key: "imageNotAnImage" });
  const params = { kind: KNOWN_KINDS[detected.mime] ?? "other", extension: detected.ext };
  if (detected.mime.startsWith("image/")) {
    throw new MediaError("UNSUPPORTED_TYPE", { key: "imageTypeRefused", params: { ...params, extension: detected.ext.toUpperCase() } });
  }
  throw new MediaError("NOT_AN_IMAGE", { key: "imageOtherFile", params });
}

const SHARP_INPUT = {
  // Refuse decoding more than this many pixels, whatever the header claims afterwards.
  limitInputPixels: MAX_IMAGE_PIXELS,
  // Broken or truncated pixel data is refused; harmless decoder warnings are tolerated.
  failOn: "error",
  // Animated WebP/PNG: only the first frame is read (sharp's default, `pages: 1`).
} as const;

/**
 * Checks an uploaded file by its content and turns it into a clean image and a thumbnail.
 *
 * Accepts JPEG, PNG and WebP only, up to MAX_UPLOAD_BYTES and MAX_IMAGE_DIMENSION / MAX_IMAGE_PIXELS.
 * The result is auto-oriented from EXIF, converted to sRGB, stripped of all metadata (EXIF with GPS,
 * XMP, IPTC, ICC) and re-encoded in its own format; the thumbnail is WebP. Refusals are MediaErrors.
 */
export async function processImage(bytes: Buffer): Promise<ProcessedImage> {
  if (bytes.length === 0) throw new MediaError("NOT_AN_IMAGE", { key: "imageEmpty" });
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw new MediaError("TOO_LARGE", {
      key: "imageTooLarge",
      params: { size: formatMegabytes(bytes.length), max: formatMegabytes(MAX_UPLOAD_BYTES) },
    });
  }
  const format = await detectFormat(bytes);
  const type = ACCEPTED_IMAGE_TYPES[format];

  let header: Metadata;
  try {
    // Reads the header only; dimensions are checked before any pixel is decoded.
    header = await sharp(bytes, { ...SHARP_INPUT, limitInputPixels: false }).metadata();
  } catch (cause) {
    throw new MediaError("UNREADABLE", { key: "imageDamaged", params: { format: type.label } }, { cause });
  }
  if (header.format !== format) throw new MediaError("UNREADABLE", { key: "imageDamaged", params: { format: type.label } });
  const { width, height } = header;
  if (!width || !height) throw new MediaError("UNREADABLE", { key: "imageNoDimensions", params: { format: type.label } });
  if (width > MAX_IMAGE_DIMENSION || height > MAX_IMAGE_DIMENSION || width * height > MAX_IMAGE_PIXELS) {
    throw new MediaError("TOO_MANY_PIXELS", {
      key: "imageTooManyPixels",
      params: { width, height, maxSide: MAX_IMAGE_DIMENSION, maxMegapixels: MAX_IMAGE_PIXELS / 1_000_000 },
    });
  }

  try {
    // No withMetadata()/keepMetadata(): sharp writes no EXIF, XMP, IPTC or ICC and converts to sRGB.
    const pipeline = sharp(bytes, SHARP_INPUT).rotate().toColourspace("srgb");
    const encoded =
      format === "jpeg"
        ? pipeline.jpeg({ quality: JPEG_QUALITY, progressive: true })
        : format === "png"
          ? pipeline.png()
          : pipeline.webp({ quality: WEBP_QUALITY });
    const { data: original, info } = await encoded.toBuffer({ resolveWithObject: true });

    const thumbnail = await sharp(original, SHARP_INPUT)
      .resize({ width: THUMBNAIL_MAX_WIDTH, height: THUMBNAIL_MAX_HEIGHT, fit: "inside", withoutEnlargement: true })
      .webp({ quality: THUMBNAIL_QUALITY })
      .toBuffer();

    return {
      original,
      thumbnail,
      mimeType: type.mimeType,
      extension: type.extension,
      width: info.width,
      height: info.height,
      byteSize: original.length,
    };
  } catch (cause) {
    throw new MediaError("UNREADABLE", { key: "imageIncomplete", params: { format: type.label } }, { cause });
  }
}
