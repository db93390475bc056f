import type { RelationInput } from "@/lib/validation/relation";
import { both } from "../editorial";

const comparedInNewsItem = (toSlug: string): RelationInput => ({
  fromSlug: "rzhev-memorial",
  toSlug,
  type: "comparable_to",
  note: both(
    "Named by the memorial's creators in January 2020 as its equal in scale and significance.",
    "Создатели мемориала в январе 2020 года назвали его равным по масштабу и значению.",
  ),
  sourceKey: "news-rzhev-installation-2020",
});

const oversaw = (fromSlug: string): RelationInput => ({
  fromSlug,
  toSlug: "rzhev-central-figure-installation-2020",
  type: "participant_in",
  note: both("Oversaw the work.", "Наблюдал за ходом работ."),
  sourceKey: "news-rzhev-installation-2020",
});

const supportedTheProject = (fromSlug: string): RelationInput => ({
  fromSlug,
  toSlug: "rzhev-memorial",
  type: "participant_in",
  note: both("Supported the project.", "Поддержал проект."),
  sourceKey: "news-rzhev-installation-2020",
});

/** The links the news items themselves make, and those between the entries they report. */
export const NEWS_RELATIONS: RelationInput[] = [
  comparedInNewsItem("mamayev-kurgan"),
  comparedInNewsItem("alyosha-murmansk"),
  comparedInNewsItem("rear-to-the-front-magnitogorsk"),
  comparedInNewsItem("soldier-and-sailor-sevastopol"),
  comparedInNewsItem("victory-park-poklonnaya-gora"),
  comparedInNewsItem("piskaryovskoye-memorial-cemetery"),
  {
    fromSlug: "rzhev-memorial",
    toSlug: "victory-museum-moscow",
    type: "branch_of",
    note: both(
      "Became a branch of the Victory Museum, as its creators had announced.",
      "Стал филиалом Музея Победы, как и объявляли его создатели.",
    ),
    sourceKey: "cis-rzhev-branch",
  },
  {
    fromSlug: "rzhev-memorial",
    toSlug: "rzhev",
    type: "located_at",
    note: both("About 7 km south-west of the town.", "Примерно в 7 км к юго-западу от города."),
    sourceKey: "russiatrek-rzhev-memorial",
  },
  {
    fromSlug: "rzhev-central-figure-installation-2020",
    toSlug: "rzhev-memorial",
    type: "located_at",
    note: both("The figure was mounted on the memorial's mound.", "Фигуру монтировали на холме мемориала."),
    sourceKey: "news-rzhev-installation-2020",
  },
  {
    fromSlug: "rzhev-memorial-opening-2020",
    toSlug: "rzhev-memorial",
    type: "located_at",
    note: both("The opening ceremony was held at the memorial.", "Церемония открытия прошла у мемориала."),
    sourceKey: "wiki-rzhev-memorial",
  },
  {
    fromSlug: "victory-museum-moscow",
    toSlug: "victory-park-poklonnaya-gora",
    type: "part_of",
    note: both("The museum stands in Victory Park.", "Музей стоит в Парке Победы."),
    sourceKey: "wiki-museum-great-patriotic-war",
  },
  oversaw("grigory-rapota"),
  oversaw("nikolai-ovsienko"),
  oversaw("igor-rudenya"),
  oversaw("alexander-shkolnik"),
  {
    fromSlug: "russian-military-historical-society",
    toSlug: "rzhev-memorial",
    type: "participant_in",
    note: both("Carried out the project.", "Осуществило проект."),
    sourceKey: "news-rzhev-installation-2020",
  },
  supportedTheProject("union-state"),
  supportedTheProject("ministry-of-culture-of-russia"),
  supportedTheProject("government-of-tver-region"),
  {
    fromSlug: "alexander-shkolnik",
    toSlug: "victory-museum-moscow",
    type: "related_to",
    note: both("Director of the Victory Museum.", "Директор Музея Победы."),
    sourceKey: "wiki-museum-great-patriotic-war",
  },
  {
    fromSlug: "csto-security-council-secretaries-almaty-2024",
    toSlug: "almaty",
    type: "located_at",
    note: both("Held in Almaty; the venue is not recorded.", "Прошло в Алматы; место проведения не указано."),
    sourceKey: "kazinform-csto-2024",
  },
  {
    fromSlug: "csto-security-council-secretaries-almaty-2024",
    toSlug: "csto",
    type: "part_of",
    note: both("A meeting of one of the CSTO's bodies.", "Заседание одного из органов ОДКБ."),
    sourceKey: "kazinform-csto-2024",
  },
  {
    fromSlug: "imangali-tasmagambetov",
    toSlug: "csto-security-council-secretaries-almaty-2024",
    type: "participant_in",
    note: both("Reported on the situation in the CSTO area of responsibility.", "Доложил об обстановке в зоне ответственности ОДКБ."),
    sourceKey: "news-csto-almaty-2024",
  },
  {
    fromSlug: "imangali-tasmagambetov",
    toSlug: "csto",
    type: "related_to",
    note: both("Secretary General of the CSTO in 2024.", "Генеральный секретарь ОДКБ в 2024 году."),
    sourceKey: "news-csto-almaty-2024",
  },
  {
    fromSlug: "ararat-mirzoyan",
    toSlug: "imangali-tasmagambetov",
    type: "related_to",
    note: both(
      "Said, as Sputnik Armenia reported, that he had excellent relations with the CSTO Secretary General.",
      "По сообщению Sputnik Армения, назвал свои отношения с генеральным секретарём ОДКБ отличными.",
    ),
    sourceKey: "csto-ticker-mirzoyan",
  },
  {
    fromSlug: "csto-defence-ministers-memorial-of-glory-2024",
    toSlug: "memorial-of-glory-almaty",
    type: "located_at",
    note: both("Flowers were laid at the memorial's Eternal Flame.", "Цветы возложены к Вечному огню мемориала."),
    sourceKey: "regnum-3892349",
  },
  {
    fromSlug: "csto-defence-ministers-memorial-of-glory-2024",
    toSlug: "csto",
    type: "part_of",
    note: both("Before a meeting of the CSTO Council of Defence Ministers.", "Перед заседанием Совета министров обороны ОДКБ."),
    sourceKey: "regnum-3892349",
  },
  {
    fromSlug: "memorial-of-glory-almaty",
    toSlug: "almaty",
    type: "located_at",
    note: both("In the Park of 28 Panfilov Guardsmen.", "В парке имени 28 гвардейцев-панфиловцев."),
    sourceKey: "wiki-memorial-of-glory-almaty",
  },
  {
    fromSlug: "kyiv-motherland-emblem-replaced-2023",
    toSlug: "motherland-monument-kyiv",
    type: "located_at",
    note: both("On the monument's shield.", "На щите монумента."),
    sourceKey: "kyivindependent-trident",
  },
];
