import type { RelationInput } from "@/lib/validation/relation";
import { both } from "../editorial";

const commemorates = (fromSlug: string, toSlug: string, sourceKey: string, en: string, ru: string): RelationInput => ({
  fromSlug,
  toSlug,
  type: "commemorates",
  note: both(en, ru),
  sourceKey,
});

const partOf = (fromSlug: string, toSlug: string, sourceKey: string, en: string, ru: string): RelationInput => ({
  fromSlug,
  toSlug,
  type: "part_of",
  note: both(en, ru),
  sourceKey,
});

const TRIPTYCH_EN = "Parts of one triptych: the sword forged in the Urals, raised at Stalingrad and lowered in Berlin.";
const TRIPTYCH_RU = "Части одного триптиха: меч, выкованный на Урале, поднятый в Сталинграде и опущенный в Берлине.";

/** What each memorial commemorates, how the events fit together, and the triptych. */
export const COMMEMORATION_RELATIONS: RelationInput[] = [
  commemorates(
    "rzhev-memorial",
    "battles-of-rzhev",
    "news-rzhev-installation-2020",
    "Stands on ground where the battles near Rzhev were fought in 1942–1943.",
    "Стоит на месте боёв подо Ржевом 1942–1943 годов.",
  ),
  commemorates(
    "rzhev-memorial",
    "great-patriotic-war",
    "news-rzhev-installation-2020",
    "Dedicated to all Soviet soldiers of the Great Patriotic War.",
    "Посвящён всем советским солдатам Великой Отечественной войны.",
  ),
  commemorates(
    "mamayev-kurgan",
    "battle-of-stalingrad",
    "trwiki-motherland-calls",
    "Dedicated to the heroes of the Battle of Stalingrad.",
    "Посвящён героям Сталинградской битвы.",
  ),
  commemorates(
    "alyosha-murmansk",
    "defence-of-the-soviet-arctic",
    "wiki-alyosha",
    "Dedicated to the soldiers, sailors and airmen who defended the Soviet Arctic.",
    "Посвящён солдатам, морякам и лётчикам, защищавшим Советское Заполярье.",
  ),
  commemorates(
    "rear-to-the-front-magnitogorsk",
    "great-patriotic-war",
    "livingheritage-rear-front",
    "Honours the home front's part in the victory: Magnitogorsk steel went into shells and tanks.",
    "Посвящён вкладу тыла в Победу: магнитогорская сталь шла на снаряды и танки.",
  ),
  commemorates(
    "soldier-and-sailor-sevastopol",
    "defence-of-sevastopol-1941-1942",
    "newspravda-sevastopol-eternal-flame-2024",
    "The soldier and the sailor stand for the army and the navy that defended the city.",
    "Солдат и матрос олицетворяют армию и флот, защищавшие город.",
  ),
  commemorates(
    "soldier-and-sailor-sevastopol",
    "great-patriotic-war",
    "sunnycrimea-victory-memorial-2007",
    "Opened as a memorial to the Soviet people's victory in the Great Patriotic War.",
    "Открыт как мемориал победы советского народа в Великой Отечественной войне.",
  ),
  commemorates(
    "victory-park-poklonnaya-gora",
    "great-patriotic-war",
    "gbumac-victory-monument",
    "Built in honour of the victory; the obelisk's height counts the days of the war.",
    "Создан в честь Победы; высота обелиска отсчитывает дни войны.",
  ),
  commemorates(
    "victory-museum-moscow",
    "great-patriotic-war",
    "wiki-museum-great-patriotic-war",
    "The museum of the war on the Eastern Front.",
    "Музей войны на Восточном фронте.",
  ),
  commemorates(
    "piskaryovskoye-memorial-cemetery",
    "siege-of-leningrad",
    "encspb-piskarevskoe",
    "The main burial ground of those who died in the siege and of the soldiers of the Leningrad Front.",
    "Главное место захоронения погибших в блокаду и воинов Ленинградского фронта.",
  ),
  commemorates(
    "heroic-defenders-of-leningrad",
    "siege-of-leningrad",
    "petersburg24-defenders",
    "Dedicated to the heroic defenders of the besieged city.",
    "Посвящён героическим защитникам осаждённого города.",
  ),
  commemorates(
    "brest-hero-fortress",
    "defence-of-brest-fortress-1941",
    "newspravda-brest-1971",
    "Built in the fortress in memory of its defenders.",
    "Построен в крепости в память о её защитниках.",
  ),
  commemorates(
    "khatyn-memorial",
    "destruction-of-khatyn-1943",
    "khatyn-museum",
    "Built on the site of the burned village.",
    "Построен на месте сожжённой деревни.",
  ),
  commemorates(
    "prokhorovka-field-belfry",
    "battle-of-prokhorovka-1943",
    "wikiorg-zvonnitsa",
    "In memory of those who fell in the tank battle on this field.",
    "В память о павших в танковом сражении на этом поле.",
  ),
  commemorates("salaspils-memorial", "salaspils-camp", "salaspils-official", "Stands on the site of the camp.", "Стоит на месте лагеря."),
  commemorates(
    "memorial-of-glory-almaty",
    "great-patriotic-war",
    "wiki-memorial-of-glory-almaty",
    "Made for the 30th anniversary of the victory; it shows the Panfilov men who defended Moscow.",
    "Создан к 30-летию Победы; изображает панфиловцев, защищавших Москву.",
  ),
  commemorates(
    "motherland-monument-kyiv",
    "great-patriotic-war",
    "wiki-motherland-kyiv",
    "Part of the National Museum of the History of Ukraine in the Second World War.",
    "Часть Национального музея истории Украины во Второй мировой войне.",
  ),
  commemorates(
    "soviet-war-memorial-treptower-park",
    "battle-of-berlin",
    "piglix-treptow",
    "A memorial and cemetery for Soviet soldiers who fell in the Battle of Berlin.",
    "Мемориал и кладбище советских воинов, павших в битве за Берлин.",
  ),
  partOf(
    "operation-mars",
    "battles-of-rzhev",
    "wiki-operation-mars",
    "One of the offensives of the battles of Rzhev.",
    "Одна из наступательных операций Ржевской битвы.",
  ),
  partOf(
    "liberation-of-rzhev-1943",
    "battles-of-rzhev",
    "tass-rzhev-liberation-80",
    "The town was freed in the course of the battles.",
    "Город освобождён в ходе битвы.",
  ),
  ...(
    [
      "battles-of-rzhev",
      "battle-of-stalingrad",
      "siege-of-leningrad",
      "defence-of-the-soviet-arctic",
      "defence-of-sevastopol-1941-1942",
      "liberation-of-sevastopol-1944",
      "defence-of-brest-fortress-1941",
      "destruction-of-khatyn-1943",
      "battle-of-prokhorovka-1943",
      "salaspils-camp",
      "battle-of-berlin",
    ] as const
  ).map((slug) =>
    partOf(
      slug,
      "great-patriotic-war",
      "cleancopy-great-patriotic-war",
      "Took place during the Great Patriotic War (22 June 1941 – 9 May 1945).",
      "Произошло в годы Великой Отечественной войны (22 июня 1941 — 9 мая 1945 года).",
    ),
  ),
  {
    fromSlug: "liberation-of-sevastopol-1944",
    toSlug: "defence-of-sevastopol-1941-1942",
    type: "related_to",
    note: both("The city lost in July 1942 was freed in May 1944.", "Город, оставленный в июле 1942 года, освобождён в мае 1944 года."),
    sourceKey: "ncrim-sapun-gora",
  },
  {
    fromSlug: "rear-to-the-front-magnitogorsk",
    toSlug: "mamayev-kurgan",
    type: "related_to",
    note: both(TRIPTYCH_EN, TRIPTYCH_RU),
    sourceKey: "brilliant-rear-front",
  },
  {
    fromSlug: "mamayev-kurgan",
    toSlug: "soviet-war-memorial-treptower-park",
    type: "related_to",
    note: both(TRIPTYCH_EN, TRIPTYCH_RU),
    sourceKey: "brilliant-rear-front",
  },
  {
    fromSlug: "rear-to-the-front-magnitogorsk",
    toSlug: "soviet-war-memorial-treptower-park",
    type: "related_to",
    note: both(TRIPTYCH_EN, TRIPTYCH_RU),
    sourceKey: "livingheritage-rear-front",
  },
  {
    fromSlug: "motherland-monument-kyiv",
    toSlug: "mamayev-kurgan",
    type: "related_to",
    note: both(
      "Yevgeny Vuchetich, the sculptor of The Motherland Calls, made the first design of the Kyiv statue.",
      "Евгений Вучетич, автор «Родина-мать зовёт!», сделал первый проект киевской статуи.",
    ),
    sourceKey: "destinations-ua-motherland",
  },
];
