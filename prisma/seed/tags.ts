/**
 * Themes, each given only to entries whose sources place them in it (see the entry's citations):
 * the Battles of Rzhev and what commemorates them, the Battle of Stalingrad memorial named for it,
 * and the CSTO's meetings.
 */
export const TAGS: { slug: string; names: Record<string, string>; entries: string[] }[] = [
  {
    slug: "battles-of-rzhev",
    names: { en: "Battles of Rzhev", ru: "Ржевская битва" },
    entries: [
      "battles-of-rzhev",
      "operation-mars",
      "liberation-of-rzhev-1943",
      "rzhev-memorial",
      "rzhev-central-figure-installation-2020",
      "rzhev-memorial-opening-2020",
    ],
  },
  { slug: "battle-of-stalingrad", names: { en: "Battle of Stalingrad", ru: "Сталинградская битва" }, entries: ["mamayev-kurgan"] },
  {
    slug: "csto",
    names: { en: "CSTO", ru: "ОДКБ" },
    entries: [
      "csto",
      "csto-security-council-secretaries-almaty-2024",
      "csto-defence-ministers-memorial-of-glory-2024",
      "imangali-tasmagambetov",
    ],
  },
];
