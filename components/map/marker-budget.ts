/**
 * At most this many entries on screen are drawn as DOM markers (focusable 24 px buttons); past it every
 * entry but the selection and its related ones becomes a dot on the canvas. A few hundred markers are
 * what a 2-core phone creates, lays out and moves in a frame or two; 150 also covers every view of the
 * reference collection, so its markers stay buttons. The explorer's "Entries in view" list is the
 * keyboard path to the dots.
 */
export const DOM_MARKER_BUDGET = 150;

/**
 * A view drawn as dots turns back into markers only once it holds this share of the budget or less,
 * so a pan back and forth across the budget does not turn every button into a dot and back each time.
 */
export const BACK_TO_MARKERS = 0.8;

export interface DrawnSplit<T> {
  markers: T[];
  dots: T[];
}

/**
 * Splits the entries on screen into DOM markers and canvas dots: all markers while they fit the budget
 * (or, when the view is `dotted` now, its BACK_TO_MARKERS share), else dots for all but the `kept` ones
 * (the selection and its related entries, whose lines lead to them). All or nothing, so that a dense
 * view does not mix buttons and dots of one kind side by side.
 */
export function splitByBudget<T>(
  onScreen: readonly T[],
  isKept: (item: T) => boolean,
  { dotted = false, budget = DOM_MARKER_BUDGET } = {},
): DrawnSplit<T> {
  if (onScreen.length <= (dotted ? Math.floor(budget * BACK_TO_MARKERS) : budget)) return { markers: [...onScreen], dots: [] };
  const markers: T[] = [];
  const dots: T[] = [];
  for (const item of onScreen) (isKept(item) ? markers : dots).push(item);
  return { markers, dots };
}
