import { describe, expect, it } from "vitest";
import { resolveYears } from "@/lib/article-import/resolve-years";
import { findDatePhrases } from "@/lib/dates/date-phrases";

const first = (text: string) => {
  const [phrase] = findDatePhrases(text);
  return phrase && { text: phrase.text, edtf: phrase.edtf, precision: phrase.precision };
};

describe("date phrases in English", () => {
  it.each([
    ["On June 6, 2024, in Almaty, a meeting was held.", "On June 6, 2024", "2024-06-06", "day"],
    ["The monument was opened on 9 May 1945.", "on 9 May 1945", "1945-05-09", "day"],
    ["It was unveiled on the 8th of May, 2007.", "on the 8th of May, 2007", "2007-05-08", "day"],
    ["Published 2024-06-06 by the press office", "2024-06-06", "2024-06-06", "day"],
    ["The exhibition opened in March 2022.", "in March 2022", "2022-03", "month"],
    ["Fierce battles took place under Rzhev in 1942-1943 years.", "in 1942-1943 years", "1942/1943", "year"],
    ["The city was besieged in 1941–1944.", "in 1941–1944", "1941/1944", "year"],
    ["between 1942 and 1943 the front stood still", "between 1942 and 1943", "1942/1943", "year"],
    ["from January 1942 to March 1943 the battles went on", "from January 1942 to March 1943", "1942-01/1943-03", "month"],
    ["in the summer of 1943 the tanks met at Prokhorovka", "in the summer of 1943", "1943-06/1943-08", "month"],
    ["The village was burned in 1943.", "in 1943", "1943", "year"],
  ])("%s", (text, words, edtf, precision) => {
    expect(first(text)).toEqual({ text: words, edtf, precision });
  });

  it("names a day without its year until the context gives one", () => {
    expect(first("On January 30, the final stage began.")).toEqual({ text: "On January 30", edtf: null, precision: "day" });
  });

  it("reads no day a month does not have", () => {
    expect(first("On February 31, 2023, nothing happened.")).toBeUndefined();
    // The month still stands when the day cannot.
    expect(first("On 29 February 2023 nothing happened.")).toEqual({ text: "February 2023", edtf: "2023-02", precision: "month" });
    expect(first("On 29 February 2024 the square was lit.")).toEqual({ text: "On 29 February 2024", edtf: "2024-02-29", precision: "day" });
  });
});

describe("date phrases in Russian", () => {
  it.each([
    ["30 января 2020 года начался монтаж", "30 января 2020 года", "2020-01-30", "day"],
    ["Памятник открыт 9 мая 1975 г. в Минске", "9 мая 1975 г.", "1975-05-09", "day"],
    ["Опубликовано 06.06.2024", "06.06.2024", "2024-06-06", "day"],
    ["летом 1943 года под Прохоровкой", "летом 1943 года", "1943-06/1943-08", "month"],
    ["в 1942–1943 годах шли бои", "в 1942–1943 годах", "1942/1943", "year"],
    ["с 1941 по 1944 год город был в блокаде", "с 1941 по 1944 год", "1941/1944", "year"],
    ["с января 1942 по март 1943 года", "с января 1942 по март 1943 года", "1942-01/1943-03", "month"],
    ["в июне 2024 года прошло заседание", "в июне 2024 года", "2024-06", "month"],
    ["в 1967 году открыт мемориал", "в 1967 году", "1967", "year"],
    ["весной 1945 года", "весной 1945 года", "1945-03/1945-05", "month"],
    ["в конце мая 1975 года открыт мемориал", "мая 1975 года", "1975-05", "month"],
  ])("%s", (text, words, edtf, precision) => {
    expect(first(text)).toEqual({ text: words, edtf, precision });
  });

  it("names a day without its year until the context gives one", () => {
    expect(first("6 июня в Алматы прошло заседание")).toEqual({ text: "6 июня", edtf: null, precision: "day" });
  });
});

describe("the year from the context", () => {
  const resolve = (text: string, publishedEdtf: string | null, references: string[] = []) =>
    resolveYears(findDatePhrases(text), { publishedEdtf, references }).map((phrase) => phrase.edtf);

  it("takes the year of an earlier full date in the same item", () => {
    expect(resolve("On June 6, 2024, the meeting opened. On June 7, the delegates left.", null)).toEqual(["2024-06-06", "2024-06-07"]);
    expect(resolve("30 января 2020 года начался монтаж. 31 января работы продолжились.", null)).toEqual(["2020-01-30", "2020-01-31"]);
  });

  it("does not take a year from a span of years", () => {
    expect(resolve("Battles in 1942-1943 years. On January 30, the work began.", null, ["image-30-01-20-01-10.jpeg"])).toEqual([
      "1942/1943",
      "2020-01-30",
    ]);
  });

  it("takes the publication year, or the year before for a later day", () => {
    expect(resolve("6 июня в Алматы прошло заседание.", "2024-06-07")).toEqual(["2024-06-06"]);
    expect(resolve("On December 30, the square was lit.", "2025-01-03")).toEqual(["2024-12-30"]);
  });

  it("takes a date with the same day and month from the item's image names or address", () => {
    expect(resolve("On January 30, the final stage began.", null, ["thumb_1.jpeg", "image-30-01-20-01-10-1.jpeg"])).toEqual(["2020-01-30"]);
    expect(resolve("6 июня прошло заседание.", null, ["https://example.org/news/2024/06/06/meeting"])).toEqual(["2024-06-06"]);
  });

  it("leaves out the 29th of February of a year that has none", () => {
    expect(resolve("On February 29, the square was lit.", "2023-03-01")).toEqual([]);
    expect(resolve("On February 29, the square was lit.", "2024-03-01")).toEqual(["2024-02-29"]);
  });

  it("leaves out a day no context dates", () => {
    expect(resolve("On January 30, the final stage began.", null, ["photo-12-05-19.jpeg"])).toEqual([]);
  });
});
