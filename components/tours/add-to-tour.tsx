"use client";

import { type ComponentType, useEffect, useState } from "react";

type FormProps = { entrySlug: string };

// Asked once per page: whether this person may make tours. Only then is the form's own chunk fetched,
// so visitors' explorer pages carry none of it (the home page's JavaScript budget is tight).
let form: Promise<ComponentType<FormProps> | null> | null = null;

/**
 * "Add to tour" under the explorer's selected entry, for staff who make tours (nothing for anyone
 * else): see add-to-tour-form.tsx.
 */
export function AddToTour({ entrySlug }: FormProps) {
  const [Form, setForm] = useState<ComponentType<FormProps> | null>(null);
  useEffect(() => {
    let live = true;
    form ??= fetch("/api/v1/admin/tours/choices")
      .then((response) => response.json())
      .then((answer: { canAdd?: boolean }) => (answer.canAdd ? import("./add-to-tour-form").then((m) => m.default) : null))
      .catch(() => null);
    form.then((loaded) => live && loaded && setForm(() => loaded));
    return () => {
      live = false;
    };
  }, []);
  return Form ? <Form entrySlug={entrySlug} /> : null;
}
