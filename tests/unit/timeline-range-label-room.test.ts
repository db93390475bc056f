import * as visTimeline from "vis-timeline/esnext";
import { describe, expect, it } from "vitest";
import { makeRoomForRangeLabels } from "@/components/timeline/range-label-room";

/**
 * vis-timeline's own range item, positioned on a 1000 px axis with a stand-in DOM: how wide it counts
 * itself for stacking, before and after makeRoomForRangeLabels (components/timeline/range-label-room.ts).
 */

interface RangeItem {
  parent: { width: number };
  dom: { box: { style: Record<string, string> }; content: { style: Record<string, string> } };
  overflow: boolean;
  whiteSpace: boolean;
  props: { content: { width: number } };
  left: number;
  width: number;
  repositionX(): void;
}
type RangeItemClass = new (data: object, conversion: object, options: object) => RangeItem;
const { RangeItem } = (visTimeline as unknown as { timeline: { components: { items: { RangeItem: RangeItemClass } } } }).timeline.components
  .items;

/** A range drawn from `start` to `end` px, its label `label` px wide, its bar's overflow visible or not. */
function placed(start: number, end: number, label: number, overflow = true): RangeItem {
  const item = new RangeItem({ id: "r", start: start, end: end, content: "" }, { toScreen: (time: number) => time }, {});
  item.parent = { width: 1000 };
  item.dom = { box: { style: {} }, content: { style: {} } };
  item.overflow = overflow;
  item.whiteSpace = false;
  item.props.content.width = label;
  item.repositionX();
  return item;
}

describe("room for a range's label", () => {
  it("vis-timeline itself counts a range whose label may overflow as its bar plus its whole label", () => {
    expect(placed(100, 130, 120).width).toBe(150);
    expect(placed(100, 500, 120).width).toBe(520);
    expect(placed(100, 130, 120, false).width).toBe(30);
  });

  it("counts it as its bar, or its label where that reaches further", () => {
    makeRoomForRangeLabels();
    makeRoomForRangeLabels(); // once only, however often it is called
    expect(placed(100, 130, 120).width).toBe(120);
    expect(placed(100, 500, 120).width).toBe(400);
    // Begun before the window: its label is drawn from the window's left edge.
    expect(placed(-200, 50, 120)).toMatchObject({ left: -200, width: 320 });
    expect(placed(-200, 400, 120).width).toBe(600);
    // A label that stays inside its bar is counted as vis-timeline counts it.
    expect(placed(100, 130, 120, false).width).toBe(30);
  });
});
