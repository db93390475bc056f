import { type RefObject, useLayoutEffect, useRef } from "react";

/**
 * A ref that always holds the latest `value`: for Leaflet handlers registered once, which must call
 * the newest callback a parent gave without being removed and added again (and so reordered) on every render.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
