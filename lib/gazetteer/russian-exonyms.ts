/**
 * The Russian names of large places that guessRussianName gets wrong from GeoNames' untagged
 * alternate names (it finds a Ukrainian, Belarusian, Bulgarian or Serbian spelling that matches the
 * Latin name, or the English exonym matches no Cyrillic spelling). Keyed by GeoNames name and ISO
 * country code; tests/unit/gazetteer-russian-names.test.ts checks a sample of places the rule itself names.
 */
export const RUSSIAN_EXONYMS: Record<string, string> = {
  "Athens|GR": "Афины",
  "Babruysk|BY": "Бобруйск",
  "Beijing|CN": "Пекин",
  "Brussels|BE": "Брюссель",
  "Bucharest|RO": "Бухарест",
  "Cairo|EG": "Каир",
  "Delhi|IN": "Дели",
  "Dnipro|UA": "Днепр",
  "Donetsk|UA": "Донецк",
  "Edinburgh|GB": "Эдинбург",
  "Genève|CH": "Женева",
  "Hamburg|DE": "Гамбург",
  "Homyel'|BY": "Гомель",
  "Hrodna|BY": "Гродно",
  "Istanbul|TR": "Стамбул",
  "Köln|DE": "Кёльн",
  "Luhansk|UA": "Луганск",
  "Lviv|UA": "Львов",
  "Mahilyow|BY": "Могилёв",
  "Munich|DE": "Мюнхен",
  "Naples|IT": "Неаполь",
  "Nuremberg|DE": "Нюрнберг",
  "Odessa|UA": "Одесса",
  "Paris|FR": "Париж",
  "Polatsk|BY": "Полоцк",
  "Saint Petersburg|RU": "Санкт-Петербург",
  "The Hague|NL": "Гаага",
  "Velikiy Novgorod|RU": "Великий Новгород",
  "Venice|IT": "Венеция",
  "Vilnius|LT": "Вильнюс",
  "Zaporizhia|UA": "Запорожье",
};
