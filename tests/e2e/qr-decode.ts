import type { Locator } from "@playwright/test";
import jsQR from "jsqr";

/** The text of the QR code an <img> shows, read off its pixels by a maintained decoder (jsQR); null if none is found. */
export async function decodeQrImage(image: Locator): Promise<string | null> {
  const pixels = await image.evaluate((element: HTMLImageElement) => {
    const size = 400;
    const canvas = document.createElement("canvas");
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext("2d")!;
    context.imageSmoothingEnabled = false;
    context.drawImage(element, 0, 0, size, size);
    return { size, data: Array.from(context.getImageData(0, 0, size, size).data) };
  });
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.size, pixels.size)?.data ?? null;
}
