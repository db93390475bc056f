import { findDatePhrases } from "@/lib/dates/date-phrases";

/** A line in which the page names its publisher: "Source: TASS", "Источник: ТАСС", "© 2024 CSTO". */
const PUBLISHER_LINE =
  /^(?:source|publisher|published by|источник|издатель)\s*:\s*(.{2,120})$|^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[–-]\s*\d{4})?\s*)?(.{2,120}?)\.?$/i;

/** A line that only says when the page was published: "30.01.2020", "Published: June 6, 2024", "Опубликовано: 6 июня 2024". */
const DATELINE_LABEL = /^(?:published|posted|updated|date|опубликовано|дата( публикации)?|обновлено)\s*:?\s*/i;

/**
 * The publisher a line names, without what a footer adds after the name: "© 2026 Volga Region Today.
 * All rights reserved. 18+" is "Volga Region Today", "© «Псковская правда». При использовании
 * материалов ссылка обязательна. 16+" is "«Псковская правда»".
 */
export function publisherOfLine(line: string): string | null {
  const match = PUBLISHER_LINE.exec(line.trim());
  const name = (match?.[1] ?? match?.[2])
    ?.replace(/^(?:\d{4}\s*)/, "")
    .replace(/^(.{4,}?)\.\s+\p{Lu}.*$/u, "$1")
    .replace(/\s+\d{1,2}\+$/, "")
    .trim();
  return name && /\p{L}/u.test(name) ? name : null;
}

/** The EDTF date of a line that holds nothing but a full date (optionally labelled), else null. */
export function datelineOf(line: string): string | null {
  const text = line.trim().replace(DATELINE_LABEL, "");
  if (text.length > 60) return null;
  const [phrase] = findDatePhrases(text);
  if (!phrase || phrase.year === null || phrase.text.length < text.replace(/[\s,.]+$/, "").length - 6) return null;
  return phrase.edtf;
}
