import * as visTimeline from "vis-timeline/esnext";

/** What stacking reads and writes on an item, as vis-timeline lays it out. */
export interface StackedItem {
  left: number;
  width: number;
  top: number | null;
  height: number;
  stack?: boolean;
  isCluster?: boolean;
  cluster?: unknown;
  data: object;
}

export interface StackMargin {
  axis: number;
  item: { horizontal: number; vertical: number };
}

interface GroupLike {
  isVisible: boolean;
  stackDirty: boolean;
  visibleItems: StackedItem[];
  itemSet: { options: { stack: boolean; order?: unknown; stackSubgroups?: boolean; rtl?: boolean } };
  doInnerStack?: boolean;
}

interface GroupClass {
  prototype: { _redrawItems(this: GroupLike, forceRestack: boolean, lastIsVisible: boolean, margin: StackMargin, range: unknown): void };
}

/** vis-timeline's group class: exported at run time, not in its type declarations. */
const { Group } = (visTimeline as unknown as { timeline: { components: { Group: GroupClass } } }).timeline.components;

/** vis-timeline's own tolerance, so that items that merely touch do not collide. */
const EPSILON = 0.001;

const overlaps = (a: StackedItem, b: StackedItem, margin: StackMargin["item"]) =>
  a.left - margin.horizontal + EPSILON < b.left + b.width &&
  a.left + a.width + margin.horizontal - EPSILON > b.left &&
  a.top! - margin.vertical + EPSILON < b.top! + b.height &&
  a.top! + a.height + margin.vertical - EPSILON > b.top!;

/**
 * Places each item, in the order given, in the lowest row where it touches no item placed before
 * it. Quadratic in the items drawn, which the explorer keeps to a few hundred.
 */
export function stackInOrder(items: readonly StackedItem[], margin: StackMargin): void {
  const placed: StackedItem[] = [];
  for (const item of items) {
    item.top = margin.axis;
    for (let other = placed.find((p) => overlaps(item, p, margin.item)); other; other = placed.find((p) => overlaps(item, p, margin.item)))
      item.top = other.top! + other.height + margin.item.vertical;
    placed.push(item);
  }
}

/**
 * With a custom `order`, vis-timeline's stacking puts an item that ends before every item already
 * placed above all of them (its search for overlapping items reads an empty range, index 0 to 0, as
 * "to the end"), so a short entry early in the window climbs out of sight. After vis-timeline has
 * stacked and positioned a group's items, they are stacked again here, in the same order. Once per
 * page, before any timeline is created.
 */
export function stackItemsInOrder(): void {
  const { _redrawItems } = Group.prototype;
  if ((_redrawItems as { inOrder?: true }).inOrder) return;
  const inOrder = function (this: GroupLike, forceRestack: boolean, lastIsVisible: boolean, margin: StackMargin, range: unknown): void {
    // Read before vis-timeline clears it: whether this redraw restacks.
    const restack = forceRestack || this.stackDirty || (this.isVisible && !lastIsVisible);
    _redrawItems.call(this, forceRestack, lastIsVisible, margin, range);
    const { stack, order, stackSubgroups, rtl } = this.itemSet.options;
    if (!restack || !stack || typeof order !== "function" || rtl || (this.doInnerStack && stackSubgroups)) return;
    const byOrder = order as (a: object, b: object) => number;
    const items = this.visibleItems
      .filter((item) => item.stack && (item.isCluster || !item.cluster))
      .sort((a, b) => byOrder(a.data, b.data));
    stackInOrder(items, margin);
  };
  Group.prototype._redrawItems = Object.assign(inOrder, { inOrder: true as const });
}
