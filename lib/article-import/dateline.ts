import { findDatePhrases } from "@/lib/dates/date-phrases";
import { isStopWord } from "./word-keys";

/** The town and date a news item opens with: "MOSCOW, May 9, 2024 —", "Volgograd, 2 February 2023.", "Волгоград, 2 февраля." */
export interface Dateline {
  /** The town as written ("MOSCOW", "Санкт-Петербург"). */
  place: string;
  /** Where its date phrase begins in the text (the index a DatePhrase of the same text has). */
  dateIndex: number;
  /** Where the item's own words begin after it. */
  end: number;
}

/** A town's name is short: a dateline's comma comes within this many characters of the paragraph's start. */
const MAX_PLACE_CHARS = 40;
/** One to four capitalised words ("ST. PETERSBURG", "Нижний Новгород", "Санкт-Петербург"); the input is at most MAX_PLACE_CHARS long. */
const PLACE = /^[\p{Lu}][\p{L}'’-]*\.?(?:\s[\p{Lu}][\p{L}'’-]*\.?){0,3}$/u;
/** What closes a dateline: a full stop, a colon or a dash. */
const CLOSE = /^\s*(?:[.:]\s*|\s[—–-]\s*)/u;
/** A town in capitals, with no date, closed by a full stop or a dash before the story: "KAZAN — Pupils …", "НОВОСОКОЛЬНИКИ. Поисковый …". */
const CAPITALS_PLACE = /^([\p{Lu}]{3,}(?:[\s-][\p{Lu}]{2,}){0,3})(?:\.\s+|\s[—–-]\s+)(?=[\p{Lu}"«“])/u;

/**
 * The dateline the paragraph beginning at `start` opens with, or null when it opens with its story.
 * A town in capitals may stand without a date (`dateIndex` -1).
 */
export function readDateline(text: string, start: number): Dateline | null {
  const capitals = CAPITALS_PLACE.exec(text.slice(start, start + MAX_PLACE_CHARS + 4));
  if (capitals) return { place: capitals[1]!, dateIndex: -1, end: start + capitals[0].length };
  const comma = text.indexOf(",", start);
  if (comma < 0 || comma - start > MAX_PLACE_CHARS) return null;
  const place = text.slice(start, comma).trim();
  // "In Almaty, on 6 June 2024, …" opens with its story, not with a dateline.
  if (!PLACE.test(place) || isStopWord(place.split(/\s/)[0]!)) return null;
  const rest = text.slice(comma + 1, comma + 1 + 60);
  const [date] = findDatePhrases(rest);
  if (!date || rest.slice(0, date.index).trim() !== "" || date.precision !== "day") return null;
  const dateEnd = comma + 1 + date.index + date.text.length;
  const close = CLOSE.exec(text.slice(dateEnd, dateEnd + 8));
  if (!close) return null;
  return { place, dateIndex: comma + 1 + date.index, end: dateEnd + close[0].length };
}
