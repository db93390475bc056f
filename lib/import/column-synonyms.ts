/**
 * What museums' and archives' spreadsheets call our columns, in English and Russian, as the upload
 * form's first guess of each column (guess-column-mapping.ts); the curator can change every guess.
 * Written as the form compares them: lower case, "ё" as "е", punctuation as spaces. Earlier names
 * win when two of a file's columns could be the same one of ours ("инв номер" over a row number "№").
 * The text fields (title, description, …) get the language of the column's values.
 */
export const COLUMN_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  external_id: [
    "external id",
    "инв номер",
    "инвентарный номер",
    "инв №",
    "inventory number",
    "inventory",
    "inv no",
    "учетный номер",
    "регистрационный номер",
    "код",
    "id",
    "№",
    "no",
    "номер",
    "№ п п",
  ],
  title: ["title", "name", "название", "наименование", "наименование объекта", "объект", "заголовок", "object name"],
  aliases: ["aliases", "other names", "also known as", "другие названия", "синонимы"],
  summary: ["summary", "краткое описание", "аннотация"],
  description: ["description", "описание", "desc", "примечание", "notes"],
  place_name: [
    "place",
    "place name",
    "location",
    "address",
    "место",
    "местоположение",
    "местонахождение",
    "адрес",
    "населенный пункт",
    "town",
    "city",
  ],
  authors: ["authors", "author", "sculptor", "architect", "авторы", "автор", "скульптор", "архитектор"],
  dimensions: ["dimensions", "size", "размеры", "размер", "высота"],
  date: [
    "date",
    "year",
    "дата",
    "год",
    "датировка",
    "дата события",
    "год установки",
    "дата открытия",
    "год открытия",
    "unveiled",
    "opened",
  ],
  latitude: ["latitude", "lat", "широта", "y"],
  longitude: ["longitude", "lon", "lng", "long", "долгота", "x"],
  kind: ["kind", "type", "тип", "вид", "категория"],
  country: ["country", "страна"],
  wikidata_id: ["wikidata", "wikidata id", "qid"],
  sources: ["sources", "source", "url", "link", "источники", "источник", "ссылка"],
  tags: ["tags", "themes", "темы", "теги"],
};

/** The text fields, whose column names end in the language (title_en, title_ru). */
export const LOCALIZED_FIELDS: ReadonlySet<string> = new Set([
  "title",
  "aliases",
  "summary",
  "description",
  "place_name",
  "location_note",
  "authors",
  "dimensions",
]);
