import type { EntryKind } from "@/lib/content/entry-kinds";

/**
 * Each kind has its own shape as well as colour, so kinds stay apart without colour vision: SVG path
 * data in a 24-unit box, drawn as SVG by the markers and the legend and as Path2D by the canvas dots.
 */
export const KIND_PATHS: Record<EntryKind, string> = {
  memorial: "M6 4h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Z",
  event: "M12 2 22 12 12 22 2 12Z",
  place: "M4 12a8 8 0 1 0 16 0a8 8 0 1 0-16 0Z",
  person: "M12 3 21 20H3Z",
  organisation: "M7 3h10l5 9-5 9H7l-5-9Z",
};

export function kindSymbolSvg(kind: EntryKind, size: number): string {
  return `<svg viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true" focusable="false"><path d="${KIND_PATHS[kind]}"/></svg>`;
}
