import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata } from "sharp";
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

/** A refused upload; `message` is meant for the curator who sent it. */
export class MediaError extends Error {
  constructor(
    readonly code: MediaErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
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

const ACCEPTED_LIST = "JPEG, PNG or WebP";

const FORMAT_BY_MIME: Record<string, AcceptedImageFormat> = {
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/webp": "webp",
};

/** Names for the formats curators are most likely to try, for the refusal message. */
const KNOWN_NAMES: Record<string, string> = {
  "image/gif": "GIF images",
  "image/heic": "HEIC photos",
  "image/heif": "HEIF photos",
  "image/avif": "AVIF images",
  "image/tiff": "TIFF images",
  "image/bmp": "BMP images",
  "image/x-icon": "Icons",
  "image/vnd.microsoft.icon": "Icons",
  "image/jxl": "JPEG XL images",
  "image/jp2": "JPEG 2000 images",
  "image/vnd.adobe.photoshop": "Photoshop files",
  "image/x-canon-cr2": "Camera raw files",
  "image/x-nikon-nef": "Camera raw files",
  "image/x-sony-arw": "Camera raw files",
  "image/x-adobe-dng": "Camera raw files",
  "application/pdf": "PDF documents",
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
  if ((!detected || detected.mime.endsWith("xml")) && looksLikeSvg(bytes)) {
    throw new MediaError("UNSUPPORTED_TYPE", `SVG drawings are not accepted. Upload a ${ACCEPTED_LIST} image.`);
  }
  if (!detected) throw new MediaError("NOT_AN_IMAGE", `This file is not an image. Upload a ${ACCEPTED_LIST} image.`);
  const name = KNOWN_NAMES[detected.mime];
  if (detected.mime.startsWith("image/")) {
    throw new MediaError(
      "UNSUPPORTED_TYPE",
      `${name ?? `${detected.ext.toUpperCase()} images`} are not accepted. Convert the file to ${ACCEPTED_LIST} and upload it again.`,
    );
  }
  throw new MediaError(
    "NOT_AN_IMAGE",
    `This file is ${name ? `a ${name.replace(/s$/, "")}` : `a .${detected.ext} file`}, not an image. Upload a ${ACCEPTED_LIST} image.`,
  );
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
  if (bytes.length === 0) throw new MediaError("NOT_AN_IMAGE", "The file is empty.");
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw new MediaError(
      "TOO_LARGE",
      `The file is ${formatMegabytes(bytes.length)}; images may be at most ${formatMegabytes(MAX_UPLOAD_BYTES)}.`,
    );
  }
  const format = await detectFormat(bytes);
  const type = ACCEPTED_IMAGE_TYPES[format];

  let header: Metadata;
  try {
    // Reads the header only; dimensions are checked before any pixel is decoded.
    header = await sharp(bytes, { ...SHARP_INPUT, limitInputPixels: false }).metadata();
  } catch (cause) {
    throw new MediaError("UNREADABLE", `This ${type.label} file is damaged and cannot be read.`, { cause });
  }
  if (header.format !== format) {
    throw new MediaError("UNREADABLE", `This ${type.label} file is damaged and cannot be read.`);
  }
  const { width, height } = header;
  if (!width || !height) throw new MediaError("UNREADABLE", `This ${type.label} file has no readable dimensions.`);
  if (width > MAX_IMAGE_DIMENSION || height > MAX_IMAGE_DIMENSION || width * height > MAX_IMAGE_PIXELS) {
    throw new MediaError(
      "TOO_MANY_PIXELS",
      `The image is ${width} × ${height} pixels; images may be at most ${MAX_IMAGE_DIMENSION} pixels wide or high and ` +
        `${MAX_IMAGE_PIXELS / 1_000_000} megapixels in all.`,
    );
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
    throw new MediaError("UNREADABLE", `This ${type.label} file is damaged or incomplete and cannot be read.`, { cause });
  }
}
