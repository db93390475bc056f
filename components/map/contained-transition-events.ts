const TRANSITION_EVENTS = ["transitionrun", "transitionstart", "transitioncancel", "transitionend"] as const;

/**
 * During a zoom animation every marker and tile runs a CSS transition and fires three or four
 * transition events that bubble to the document, where React's root listener handles each one
 * (~0.1 ms apiece here: about 35 ms per zoom at 100 markers, on the frames that should draw the new
 * data). Nothing outside the map listens to them, so they are stopped on the window before they reach
 * the document; the animation proxy's own events, which Leaflet waits for to end a zoom, pass.
 * Returns the function that removes the listener.
 */
export function containTransitionEvents(container: HTMLElement): () => void {
  const stop = (event: Event) => {
    const target = event.target;
    if (target instanceof Element && target !== container && !target.classList.contains("leaflet-proxy") && container.contains(target))
      event.stopPropagation();
  };
  for (const type of TRANSITION_EVENTS) window.addEventListener(type, stop, { capture: true });
  return () => {
    for (const type of TRANSITION_EVENTS) window.removeEventListener(type, stop, { capture: true });
  };
}
