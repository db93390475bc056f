import * as visTimeline from "vis-timeline/esnext";

/** What repositionX reads and writes on a range item. */
interface RangeItemLike {
  left: number;
  width: number;
  overflow: boolean;
  props: { content: { width: number } };
}

interface RangeItemClass {
  prototype: { repositionX(this: RangeItemLike, limitSize?: boolean): void };
}

/** vis-timeline's range item class: exported at run time, not in its type declarations. */
const { RangeItem } = (visTimeline as unknown as { timeline: { components: { items: { RangeItem: RangeItemClass } } } }).timeline.components
  .items;

/**
 * A range's label runs on past a bar too narrow for it (timeline-labels.css lets the bar's overflow
 * show). vis-timeline then counts such an item, for stacking, as its bar plus its whole label, so any
 * bar, however wide, claims a label's width past its end and pushes later items a row up. What the
 * item covers is its bar, or its label where that reaches further: the label starts at the bar's
 * start, or at the window's left edge for a bar begun before it (vis-timeline's "auto" alignment).
 * Once per page, before any timeline is created.
 */
export function makeRoomForRangeLabels(): void {
  const { repositionX } = RangeItem.prototype;
  if ((repositionX as { roomForLabel?: true }).roomForLabel) return;
  const withRoomForLabel = function (this: RangeItemLike, limitSize?: boolean): void {
    repositionX.call(this, limitSize);
    if (!this.overflow) return;
    const label = this.props.content.width;
    const bar = this.width - label;
    this.width = Math.max(bar, Math.max(-this.left, 0) + label);
  };
  RangeItem.prototype.repositionX = Object.assign(withRoomForLabel, { roomForLabel: true as const });
}
