import type { EntryKind } from "@/lib/content/entry-kinds";
import { ENTRY_KINDS } from "@/lib/content/entry-kinds";
import { KIND_PATHS } from "./kind-shapes";

/** Used when the page's stylesheet (which owns the kind colours) gives none. */
const FALLBACK_COLOURS: Record<EntryKind, string> = {
  event: "#1f5f99",
  memorial: "#7a2e2e",
  place: "#2f6b3a",
  person: "#6b4c9a",
  organisation: "#8a5a00",
};

/** Side of a dot in CSS pixels: half a marker, so a dense view stays readable. */
export const DOT_SIZE = 12;

export type DotSprites = Record<EntryKind, HTMLCanvasElement>;

/**
 * One small canvas per kind, drawn once at the screen's pixel ratio: each dot is then a single
 * drawImage, not a path filled and stroked per dot.
 */
export function dotSprites(ratio: number, style: CSSStyleDeclaration | null): DotSprites {
  const side = Math.ceil(DOT_SIZE * ratio);
  const entries = ENTRY_KINDS.map((kind) => {
    const canvas = document.createElement("canvas");
    canvas.width = side;
    canvas.height = side;
    const context = canvas.getContext("2d");
    if (context) {
      context.scale(side / 24, side / 24);
      const path = new Path2D(KIND_PATHS[kind]);
      context.fillStyle = style?.getPropertyValue(`--kind-${kind}`).trim() || FALLBACK_COLOURS[kind];
      context.strokeStyle = "#fff";
      context.lineWidth = 3;
      context.lineJoin = "round";
      context.fill(path);
      context.stroke(path);
    }
    return [kind, canvas] as const;
  });
  return Object.fromEntries(entries) as DotSprites;
}
