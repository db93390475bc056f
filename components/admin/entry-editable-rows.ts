"use client";

import { useCallback, useEffect, useRef, useState } from "react";

interface Row<Values> {
  id: number;
  values: Values;
}

/**
 * Rows a person can add and remove, each with a stable id so removing one never shifts what is
 * typed in the others. Focus follows: to a new row's first field, or back to the add button.
 */
export function useEditableRows<Values extends Record<string, string>>(initial: Values[], empty: Values) {
  const nextId = useRef(initial.length);
  const [rows, setRows] = useState<Row<Values>[]>(() => initial.map((values, id) => ({ id, values })));
  const [focus, setFocus] = useState<number | "add" | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const firstFields = useRef(new Map<number, HTMLElement>());

  useEffect(() => {
    if (focus === null) return;
    (focus === "add" ? addButton.current : firstFields.current.get(focus))?.focus();
    setFocus(null);
  }, [focus]);

  const add = useCallback(() => {
    const id = nextId.current++;
    setRows((current) => [...current, { id, values: { ...empty } }]);
    setFocus(id);
  }, [empty]);
  const remove = useCallback((id: number) => {
    setRows((current) => current.filter((row) => row.id !== id));
    setFocus("add");
  }, []);
  const change = useCallback((id: number, field: keyof Values, value: string) => {
    setRows((current) => current.map((row) => (row.id === id ? { ...row, values: { ...row.values, [field]: value } } : row)));
  }, []);
  const firstFieldOf = useCallback(
    (id: number) => (element: HTMLElement | null) => {
      if (element) firstFields.current.set(id, element);
      else firstFields.current.delete(id);
    },
    [],
  );
  return { rows, add, remove, change, addButton, firstFieldOf };
}
