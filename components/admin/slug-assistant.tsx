"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import { suggestSlug } from "@/lib/content/suggest-slug";
import type { SlugAvailability } from "@/lib/data/publishing/find-slug-availability";

/** The editors' title fields, English first: a suggestion comes from the first that has text. */
const TITLE_FIELDS = CONTENT_LOCALES.map((locale) => `${locale}.title`);

/** Long enough that typing a word asks once, short enough to answer before the next field. */
const CHECK_DELAY_MS = 300;

interface SlugAssistantProps {
  type: "entry" | "article";
  /** The record being edited (its own slug is not "taken"); null for a new one. */
  recordId: string | null;
}

/**
 * Beside a form's slug field: for a new record, fills the slug from the title as it is typed
 * (until the person types a slug of their own), and for any record says whether the slug is free,
 * offering a free variant when it is not. It reads and writes the form's own fields, so the
 * form stays the single holder of what is typed.
 */
export function SlugAssistant({ type, recordId }: SlugAssistantProps) {
  const t = useTranslations("slugAssistant");
  const anchor = useRef<HTMLParagraphElement>(null);
  const [slug, setSlug] = useState<string | null>(null);
  const [answer, setAnswer] = useState<SlugAvailability | null>(null);

  useEffect(() => {
    const form = anchor.current?.closest("form");
    const field = form?.elements.namedItem("slug");
    if (!form || !(field instanceof HTMLInputElement)) return;
    // An existing record keeps its address unless someone changes it by hand.
    let suggesting = recordId === null && field.value.trim() === "";
    const titleOf = (name: string) => {
      const input = form.elements.namedItem(name);
      return input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement ? input.value : "";
    };
    const onInput = (event: Event) => {
      const target = event.target as HTMLInputElement;
      if (target === field) {
        suggesting = false;
        setSlug(field.value.trim());
      } else if (suggesting && TITLE_FIELDS.includes(target.name)) {
        const title = TITLE_FIELDS.map(titleOf).find((text) => text.trim() !== "") ?? "";
        field.value = suggestSlug(title);
        setSlug(field.value);
      }
    };
    form.addEventListener("input", onInput);
    setSlug(field.value.trim());
    return () => form.removeEventListener("input", onInput);
  }, [recordId]);

  useEffect(() => {
    if (!slug || slug.length < 2) {
      setAnswer(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const query = new URLSearchParams({ type, slug, ...(recordId ? { except: recordId } : {}) });
      fetch(`/api/v1/admin/slugs?${query}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<SlugAvailability>) : null))
        .then((body) => setAnswer(body))
        // A check that fails or is overtaken says nothing; saving checks again.
        .catch(() => undefined);
    }, CHECK_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [slug, type, recordId]);

  const applySuggestion = (suggestion: string) => {
    const field = anchor.current?.closest("form")?.elements.namedItem("slug");
    if (!(field instanceof HTMLInputElement)) return;
    field.value = suggestion;
    setSlug(suggestion);
    field.focus();
  };

  const current = answer && answer.slug === slug ? answer : null;
  return (
    <p ref={anchor} id="slug-status" className="hint" aria-live="polite">
      {current?.available ? t("free", { slug: current.slug }) : null}
      {current && !current.available ? (
        <>
          {t("taken", { slug: current.slug })}{" "}
          {current.suggestion ? (
            <button type="button" className="link-button" onClick={() => applySuggestion(current.suggestion!)}>
              {t("use", { slug: current.suggestion })}
            </button>
          ) : null}
        </>
      ) : null}
    </p>
  );
}
