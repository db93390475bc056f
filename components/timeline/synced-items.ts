import type { DataSet } from "vis-data/esnext";
import type { DataItem } from "vis-timeline/esnext";

type Id = string;

/** What decides how an item is drawn: two items with the same key draw the same. */
function drawKey(item: DataItem): string {
  const time = (value: DataItem["start"] | undefined) => (value === undefined ? "" : new Date(value).getTime());
  return [item.type ?? "", time(item.start), time(item.end), item.className ?? "", item.title ?? "", item.content].join("\u0000");
}

/**
 * The timeline's items, brought to a new set in place: only items that are new, gone or drawn
 * differently reach the DataSet. vis-timeline redraws an updated item at once, measuring it in the
 * DOM, so passing it unchanged items makes it re-measure every visible item one by one; new items,
 * by contrast, are all drawn together on its next frame. Items the set does not manage (the date
 * filter's shading) are left alone.
 */
export class SyncedItems {
  private readonly keys = new Map<Id, string>();
  private readonly types = new Map<Id, DataItem["type"]>();

  constructor(private readonly dataSet: DataSet<DataItem>) {}

  /** Makes the managed items exactly `next` (ids must be unique); returns how many items each kind of change touched. */
  sync(next: DataItem[]): { added: number; updated: number; removed: number } {
    const wanted = new Map<Id, DataItem>(next.map((item) => [String(item.id), item]));
    const removed: Id[] = [...this.keys.keys()].filter((id) => !wanted.has(id));
    const added: DataItem[] = [];
    const updated: DataItem[] = [];
    for (const [id, item] of wanted) {
      const key = drawKey(item);
      const previous = this.keys.get(id);
      if (previous === key) continue;
      // DataSet.update merges fields, so an item of another type (a range that became a point) is replaced whole.
      if (previous !== undefined && this.types.get(id) !== item.type) removed.push(id);
      if (previous === undefined || this.types.get(id) !== item.type) added.push(item);
      else updated.push(item);
      this.keys.set(id, key);
      this.types.set(id, item.type);
    }
    for (const id of removed) {
      if (wanted.has(id)) continue;
      this.keys.delete(id);
      this.types.delete(id);
    }
    if (removed.length) this.dataSet.remove(removed);
    if (updated.length) this.dataSet.update(updated);
    if (added.length) this.dataSet.add(added);
    return { added: added.length, updated: updated.length, removed: removed.length };
  }

  has(id: Id): boolean {
    return this.keys.has(id);
  }
}
