/** A sea, ocean, gulf or lake name for the map, at a point inside it. */
export interface SeaLabel {
  id: string;
  kind: "ocean" | "sea" | "gulf" | "lake";
  names: { en: string; ru: string };
  lat: number;
  lng: number;
  /** The first zoom at which to show it (smaller waters need a closer view to fit their name). */
  minZoom: number;
}

/**
 * The waters a lesson on the Second World War in Europe and the USSR names, written by hand: the
 * areas and English names are those of Natural Earth's marine polygons (ne_10m_geography_marine_polys,
 * public domain) and its lakes layer for Ladoga, the Russian names the usual ones. Each point was
 * chosen inside its water, away from islands; tests/unit/gazetteer-label-tiles.test.ts checks every
 * sea point is off the 1:10m land.
 */
/** Bumped whenever the list changes: the ETag of /basemap/places/seas.json. */
export const SEA_LABELS_VERSION = 1;

export const SEA_LABELS: readonly SeaLabel[] = [
  { id: "atlantic-ocean", kind: "ocean", names: { en: "Atlantic Ocean", ru: "Атлантический океан" }, lat: 45, lng: -35, minZoom: 2 },
  { id: "arctic-ocean", kind: "ocean", names: { en: "Arctic Ocean", ru: "Северный Ледовитый океан" }, lat: 83, lng: 30, minZoom: 2 },
  { id: "pacific-ocean", kind: "ocean", names: { en: "Pacific Ocean", ru: "Тихий океан" }, lat: 30, lng: 170, minZoom: 2 },
  { id: "mediterranean-sea", kind: "sea", names: { en: "Mediterranean Sea", ru: "Средиземное море" }, lat: 34.5, lng: 18, minZoom: 3 },
  { id: "black-sea", kind: "sea", names: { en: "Black Sea", ru: "Чёрное море" }, lat: 43.2, lng: 34, minZoom: 3 },
  { id: "caspian-sea", kind: "sea", names: { en: "Caspian Sea", ru: "Каспийское море" }, lat: 42, lng: 50.5, minZoom: 3 },
  { id: "baltic-sea", kind: "sea", names: { en: "Baltic Sea", ru: "Балтийское море" }, lat: 56, lng: 18.5, minZoom: 3 },
  { id: "north-sea", kind: "sea", names: { en: "North Sea", ru: "Северное море" }, lat: 56, lng: 3, minZoom: 3 },
  { id: "norwegian-sea", kind: "sea", names: { en: "Norwegian Sea", ru: "Норвежское море" }, lat: 68, lng: 3, minZoom: 3 },
  { id: "barents-sea", kind: "sea", names: { en: "Barents Sea", ru: "Баренцево море" }, lat: 73, lng: 40, minZoom: 3 },
  { id: "kara-sea", kind: "sea", names: { en: "Kara Sea", ru: "Карское море" }, lat: 76, lng: 72, minZoom: 3 },
  { id: "sea-of-japan", kind: "sea", names: { en: "Sea of Japan", ru: "Японское море" }, lat: 40, lng: 135, minZoom: 3 },
  { id: "white-sea", kind: "sea", names: { en: "White Sea", ru: "Белое море" }, lat: 65.6, lng: 37.5, minZoom: 4 },
  { id: "sea-of-azov", kind: "sea", names: { en: "Sea of Azov", ru: "Азовское море" }, lat: 46, lng: 36.8, minZoom: 5 },
  { id: "aegean-sea", kind: "sea", names: { en: "Aegean Sea", ru: "Эгейское море" }, lat: 39, lng: 25, minZoom: 5 },
  { id: "adriatic-sea", kind: "sea", names: { en: "Adriatic Sea", ru: "Адриатическое море" }, lat: 43, lng: 15.2, minZoom: 5 },
  { id: "gulf-of-bothnia", kind: "gulf", names: { en: "Gulf of Bothnia", ru: "Ботнический залив" }, lat: 62.5, lng: 19.5, minZoom: 5 },
  { id: "gulf-of-finland", kind: "gulf", names: { en: "Gulf of Finland", ru: "Финский залив" }, lat: 59.9, lng: 26, minZoom: 6 },
  { id: "gulf-of-riga", kind: "gulf", names: { en: "Gulf of Riga", ru: "Рижский залив" }, lat: 57.6, lng: 23.5, minZoom: 6 },
  { id: "lake-ladoga", kind: "lake", names: { en: "Lake Ladoga", ru: "Ладожское озеро" }, lat: 60.8, lng: 31.5, minZoom: 6 },
];
