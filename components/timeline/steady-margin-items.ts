import * as visTimeline from "vis-timeline/esnext";

interface VisibleRange {
  start: number;
  end: number;
  getMillisecondsPerPixel(): number;
}

interface ItemClass {
  prototype: { isVisible(range: VisibleRange): boolean };
}

/** vis-timeline's item classes: exported at run time, not in its type declarations. */
const { items } = (
  visTimeline as unknown as { timeline: { components: { items: Record<"RangeItem" | "PointItem" | "BoxItem", ItemClass> } } }
).timeline.components;

/** The share of the window's width either side that vis-timeline already draws items in (Group._updateItemsInRange). */
const DRAWN_MARGIN = 1 / 4;

/**
 * vis-timeline draws every item that starts within a quarter window's width outside the window,
 * yet its visibility test hides those same items again on the next redraw: on every frame of a
 * drag or zoom it takes each of them out of the DOM, puts it back and measures it (a forced
 * layout per item). Counting that margin as visible keeps them drawn, so a frame only touches
 * items that really enter or leave it. Once per page, before any timeline is created.
 */
export function keepMarginItemsDrawn(): void {
  for (const itemClass of [items.RangeItem, items.PointItem, items.BoxItem]) {
    const isVisible = itemClass.prototype.isVisible;
    if ((isVisible as { withMargin?: true }).withMargin) continue;
    const withMargin = function (this: unknown, range: VisibleRange): boolean {
      const margin = (range.end - range.start) * DRAWN_MARGIN;
      return isVisible.call(this, {
        start: range.start - margin,
        end: range.end + margin,
        getMillisecondsPerPixel: () => range.getMillisecondsPerPixel(),
      });
    };
    itemClass.prototype.isVisible = Object.assign(withMargin, { withMargin: true as const });
  }
}
