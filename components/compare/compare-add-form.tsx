"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { EntryCombobox } from "@/components/ui/entry-combobox";

/** Adds a published memorial to the comparison: found on the server as the visitor types, sent as `add=<slug>`. */
export function CompareAddForm({ current }: { current: string[] }) {
  const t = useTranslations("compare");
  const locale = useLocale();
  const [slug, setSlug] = useState("");
  return (
    <form action={`/${locale}/compare`} method="get" className="compare-add">
      <input type="hidden" name="entries" value={current.join(",")} />
      <label htmlFor="compare-add">{t("add")}</label>
      <EntryCombobox id="compare-add" name="add" scope="public" kind="memorial" exclude={current} value={slug} onChange={setSlug} />
      <button type="submit">{t("addButton")}</button>
    </form>
  );
}
