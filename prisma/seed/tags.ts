/**
 * Themes, each given only to entries whose sources place them in it (see the entry's citations).
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
  {
    slug: "battle-of-stalingrad",
    names: { en: "Battle of Stalingrad", ru: "Сталинградская битва" },
    entries: ["battle-of-stalingrad", "mamayev-kurgan"],
  },
  {
    slug: "siege-of-leningrad",
    names: { en: "Siege of Leningrad", ru: "Блокада Ленинграда" },
    entries: ["siege-of-leningrad", "piskaryovskoye-memorial-cemetery", "heroic-defenders-of-leningrad"],
  },
  {
    slug: "sevastopol",
    names: { en: "Sevastopol in the war", ru: "Севастополь в годы войны" },
    entries: ["defence-of-sevastopol-1941-1942", "liberation-of-sevastopol-1944", "soldier-and-sailor-sevastopol"],
  },
  {
    slug: "triptych-of-the-sword",
    names: { en: "Triptych of the sword", ru: "Триптих о мече" },
    entries: ["rear-to-the-front-magnitogorsk", "mamayev-kurgan", "soviet-war-memorial-treptower-park"],
  },
  {
    slug: "csto",
    names: { en: "CSTO", ru: "ОДКБ" },
    entries: [
      "csto",
      "csto-security-council-secretaries-almaty-2024",
      "csto-defence-ministers-memorial-of-glory-2024",
      "imangali-tasmagambetov",
      "ararat-mirzoyan",
    ],
  },
];
