/**
 * A visible, keyboard-reachable scrollbar for the timeline's rows (docs/decisions/timeline-long-spans.md).
 *
 * vis-timeline scrolls its rows itself (`verticalScroll`) and keeps a native scroller in its left
 * panel in step, but without groups that panel is no taller than the view and no wider than the
 * system's scrollbar (nothing, where scrollbars overlay): the rows stacked above the visible ones, the
 * long spans among them, could be neither seen nor reached. Here the panel gets the rows' height, so
 * that it scrolls with them, and a scrollbar of our own at the timeline's right edge mirrors it while
 * the rows overflow: dragged, wheeled or focused and moved with the arrow, Page and Home/End keys.
 */
export class RowScroller {
  private readonly track = document.createElement("div");
  private readonly spacer = document.createElement("div");
  private side: HTMLElement | null = null;

  constructor(
    private readonly container: HTMLElement,
    label: string,
  ) {
    this.track.className = "timeline-row-scroller";
    this.track.tabIndex = 0;
    this.track.hidden = true;
    this.track.setAttribute("role", "scrollbar");
    this.track.setAttribute("aria-orientation", "vertical");
    this.track.setAttribute("aria-controls", container.id);
    this.track.setAttribute("aria-label", label);
    this.track.setAttribute("aria-valuenow", "100");
    this.track.append(this.spacer);
    this.track.addEventListener("scroll", this.followTrack);
    container.append(this.track);
  }

  /** After each redraw of the timeline: the rows' height and position, and whether they overflow. */
  readonly update = (): void => {
    const side = this.container.querySelector<HTMLElement>(".vis-panel.vis-left");
    const sideContent = side?.querySelector<HTMLElement>(".vis-content");
    const rows = this.container.querySelector<HTMLElement>(".vis-panel.vis-center > .vis-content");
    if (!side || !sideContent || !rows) return;
    if (side !== this.side) {
      this.side?.removeEventListener("scroll", this.followSide);
      side.addEventListener("scroll", this.followSide);
      this.side = side;
    }
    const height = `${rows.offsetHeight}px`;
    if (sideContent.style.height !== height) {
      sideContent.style.height = height;
      // vis-timeline set its scroller's position before it could scroll: put it where the rows are
      // (their offset is the scroll while they overflow), as its next redraw would.
      side.scrollTop = -new DOMMatrixReadOnly(getComputedStyle(rows).transform).m42;
    }
    const overflowing = side.classList.contains("vis-vertical-scroll") && side.scrollHeight > side.clientHeight;
    this.track.hidden = !overflowing;
    if (!overflowing) return;
    this.track.style.top = `${side.getBoundingClientRect().top + side.clientTop - this.container.getBoundingClientRect().top}px`;
    this.track.style.height = `${side.clientHeight}px`;
    this.spacer.style.height = `${side.scrollHeight}px`;
    this.followSide();
  };

  destroy(): void {
    this.track.removeEventListener("scroll", this.followTrack);
    this.side?.removeEventListener("scroll", this.followSide);
    this.track.remove();
  }

  /** Our scrollbar moved: vis-timeline follows its own scroller's scroll event. */
  private readonly followTrack = (): void => {
    if (this.side && this.side.scrollTop !== this.track.scrollTop) this.side.scrollTop = this.track.scrollTop;
    this.report();
  };

  /** The rows moved (the wheel, a drag, vis-timeline keeping the axis in place): our scrollbar follows. */
  private readonly followSide = (): void => {
    if (this.side && this.track.scrollTop !== this.side.scrollTop) this.track.scrollTop = this.side.scrollTop;
    this.report();
  };

  private report(): void {
    const range = this.track.scrollHeight - this.track.clientHeight;
    this.track.setAttribute("aria-valuenow", String(range > 0 ? Math.round((this.track.scrollTop / range) * 100) : 100));
  }
}
