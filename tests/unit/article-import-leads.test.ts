import { describe, expect, it } from "vitest";
import { readDateline } from "@/lib/article-import/dateline";
import { eventTitle } from "@/lib/article-import/event-title";
import { findRelationCues } from "@/lib/article-import/relation-cues";
import { relativeDayPhrase } from "@/lib/article-import/relative-days";

const dateline = (text: string) => {
  const found = readDateline(text, 0);
  return found && { place: found.place, rest: text.slice(found.end) };
};

describe("datelines", () => {
  it.each([
    ["MOSCOW, May 9, 2024 — Veterans gathered.", "MOSCOW", "Veterans gathered."],
    ["ST. PETERSBURG, Jan. 27, 2024 — The ceremony began.", "ST. PETERSBURG", "The ceremony began."],
    ["Volgograd, 2 February 2023. Thousands gathered.", "Volgograd", "Thousands gathered."],
    ["Волгоград, 2 февраля. Собрались тысячи.", "Волгоград", "Собрались тысячи."],
    ["Санкт-Петербург, 27 января 2024 года. Прошла церемония.", "Санкт-Петербург", "Прошла церемония."],
  ])("reads %s", (text, place, rest) => {
    expect(dateline(text)).toEqual({ place, rest });
  });

  it.each([
    "On June 6, 2024, in Almaty, a meeting was held.",
    "In Almaty, on 6 June 2024, a meeting was held.",
    "Veterans, 2 February 2023 was a cold day.",
    "Volgograd, 2023. A year of anniversaries.",
    "Volgograd, 2 February 2023, was cold.",
  ])("finds no dateline in %s", (text) => {
    expect(readDateline(text, 0)).toBeNull();
  });
});

describe("days named relative to the item's date", () => {
  const sentence = (text: string) => ({ text, start: 0 });
  it("counts a weekday back to the last one on or before the dateline", () => {
    expect(relativeDayPhrase(sentence("On Wednesday, veterans laid flowers."), "2023-03-24")?.edtf).toBe("2023-03-22");
    expect(relativeDayPhrase(sentence("They gathered on Thursday."), "2024-05-09")?.edtf).toBe("2024-05-09");
    expect(relativeDayPhrase(sentence("В субботу собрались ветераны."), "2024-10-19")?.edtf).toBe("2024-10-19");
    expect(relativeDayPhrase(sentence("Во вторник прошла акция."), "2024-01-01")?.edtf).toBe("2023-12-26");
  });

  it("reads yesterday and today, and nothing without a day to count from", () => {
    expect(relativeDayPhrase(sentence("Вчера в Волгограде прошёл парад."), "2024-03-01")?.edtf).toBe("2024-02-29");
    expect(relativeDayPhrase(sentence("Yesterday the museum opened."), "2024-05")).toBeNull();
    expect(relativeDayPhrase(sentence("Mondays are quiet at the museum."), "2024-05-09")).toBeNull();
  });
});

describe("comparison cues", () => {
  const types = (sentence: string) => findRelationCues(sentence).map((cue) => cue.cue.type);
  it("finds comparisons in both languages, not denied ones", () => {
    expect(types("The park ranks alongside Mamayev Kurgan.")).toEqual(["comparable_to"]);
    expect(types("It is often compared with the Salaspils Memorial.")).toEqual(["comparable_to"]);
    expect(types("A landmark like Mamayev Kurgan.")).toEqual(["comparable_to"]);
    expect(types("Его сравнивают с Хатынью.")).toEqual(["comparable_to"]);
    expect(types("It cannot be compared with Mamaev Kurgan.")).toEqual([]);
    expect(types("They would like to visit Khatyn.")).toEqual([]);
  });

  it("reads a sentence made of nothing but cues, one cue each", () => {
    const sentence = "прошла у ".repeat(10_000);
    expect(findRelationCues(sentence)).toHaveLength(10_000);
  });
});

describe("event titles from a lead without a heading", () => {
  it("takes what happened from a Russian sentence that names the place first", () => {
    expect(eventTitle(null, "У памятника «Алёша» прошла церемония возложения цветов.", { date: "", place: "Алёша" })).toBe(
      "Церемония возложения цветов",
    );
    expect(eventTitle(null, "Вчера в Волгограде прошёл парад.", { date: "Вчера", place: "" })).toBe("Парад");
  });

  it("drops the place with its preposition and article, not part of a longer word", () => {
    expect(eventTitle(null, "Thousands gathered on Mamaev Kurgan to mark the anniversary.", { date: "", place: "Mamaev Kurgan" })).toBe(
      "Thousands gathered to mark the anniversary",
    );
    expect(eventTitle(null, "У стен Брестской крепости собрались тысячи людей.", { date: "", place: "Брест" })).toBe(
      "У стен Брестской крепости собрались тысячи людей",
    );
    // The noun the place's name qualifies goes with it, not left dangling.
    expect(eventTitle(null, "Pupils met at the Alyosha memorial above the Kola Bay.", { date: "", place: "Alyosha" })).toBe(
      "Pupils met above the Kola Bay",
    );
  });
});
