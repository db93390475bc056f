/** The files under the uploads folder that are images the app wrote, by extension, with the type they are served as. */
export const SERVED_IMAGE_TYPES: Readonly<Record<string, string>> = {
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
};
