import * as visTimeline from "vis-timeline/esnext";
import { describe, expect, it } from "vitest";
import { type StackedItem, type StackMargin, stackInOrder } from "@/components/timeline/stack-in-order";

/** vis-timeline's own stacking (components/timeline/stack-in-order.ts says why it is redone). */
const visStack = (
  visTimeline as unknown as { timeline: { stack: { stack(items: StackedItem[], margin: StackMargin, force: boolean): void } } }
).timeline.stack.stack;

const MARGIN: StackMargin = { axis: 6, item: { horizontal: 10, vertical: 4 } };
const ROW = 30 + MARGIN.item.vertical;

/** Items in stacking order (shortest first, as the explorer orders them), each 30 px high. */
function items(): StackedItem[] {
  return [
    { name: "point late on", left: 680, width: 130 },
    { name: "point over it", left: 690, width: 150 },
    { name: "short, early", left: 200, width: 180 },
    { name: "battle", left: 500, width: 160 },
    { name: "longer, early", left: 300, width: 220 },
    { name: "years-long", left: 60, width: 1100 },
  ].map(({ name, left, width }) => ({ left, width, top: null, height: 30, stack: true, data: { name }, options: {} }));
}

const rows = (stacked: StackedItem[]) =>
  Object.fromEntries(stacked.map((item) => [(item.data as { name: string }).name, (item.top! - MARGIN.axis) / ROW]));

describe("stacking in the explorer's order", () => {
  it("vis-timeline itself puts an item that ends before every item placed so far above all of them", () => {
    const stacked = items();
    visStack(stacked, MARGIN, true);
    expect(rows(stacked)["short, early"]).toBe(2);
  });

  it("places each item in the lowest row where it touches no item placed before it", () => {
    const stacked = items();
    stackInOrder(stacked, MARGIN);
    expect(rows(stacked)).toEqual({
      "point late on": 0,
      "point over it": 1,
      "short, early": 0,
      battle: 0,
      "longer, early": 1,
      "years-long": 2,
    });
  });
});
