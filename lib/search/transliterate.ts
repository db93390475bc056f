// Russian and Kazakh Cyrillic to Latin, close to the spellings English texts use
// ("Мамаев" → "mamaev", "Пискарёвское" → "piskaryovskoe", "Хатынь" → "khatyn").
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  ә: "a",
  ғ: "gh",
  қ: "q",
  ң: "ng",
  ө: "o",
  ұ: "u",
  ү: "u",
  һ: "h",
  і: "i",
};

export function cyrillicToLatin(text: string): string {
  let latin = "";
  for (const char of text.toLowerCase()) latin += CYRILLIC_TO_LATIN[char] ?? char;
  return latin;
}
