import type { EntryKind } from "@/lib/content/entry-kinds";

// Each kind has its own shape as well as colour, so kinds stay apart without colour vision.
export const KIND_SHAPES: Record<EntryKind, string> = {
  memorial: '<rect x="4" y="4" width="16" height="16" rx="2"/>',
  event: '<path d="M12 2 22 12 12 22 2 12Z"/>',
  place: '<circle cx="12" cy="12" r="8"/>',
  person: '<path d="M12 3 21 20H3Z"/>',
  organisation: '<path d="M7 3h10l5 9-5 9H7l-5-9Z"/>',
};

export function kindSymbolSvg(kind: EntryKind, size: number): string {
  return `<svg viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true" focusable="false">${KIND_SHAPES[kind]}</svg>`;
}
