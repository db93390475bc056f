import type { EntryInput } from "@/lib/validation/entry";
import { both, cite } from "../editorial";
import {
  ALYOSHA_POINT,
  KHATYN_POINT,
  MAMAYEV_KURGAN_POINT,
  NAKHIMOV_SQUARE_POINT,
  PROKHOROVKA_BELFRY_POINT,
  RZHEV_TOWN_POINT,
  SALASPILS_CAMP_POINT,
  TREPTOWER_PARK_POINT,
  VICTORY_SQUARE_SPB_POINT,
} from "./points";

const published = "published" as const;

const CRIMEA_EN = "Crimea's status is disputed, so no country is recorded.";
const CRIMEA_RU = "Статус Крыма оспаривается, поэтому страна не указана.";

/** What the memorials of the collection commemorate, dated as precisely as the sources allow. */
export const COMMEMORATED_EVENTS: EntryInput[] = [
  {
    slug: "great-patriotic-war",
    kind: "event",
    status: published,
    date: "1941-06-22/1945-05-09",
    translations: {
      en: {
        title: "Great Patriotic War",
        aliases: ["Eastern Front of the Second World War", "Soviet–German war"],
        summary: "The Soviet Union's war against Nazi Germany and its allies, from 22 June 1941 to 9 May 1945.",
        description: "It lasted 1,418 days. According to the Russian Defence Ministry, the Soviet Union lost about 26.6 million people.",
        locationNote: "It was fought along the whole Eastern Front, so it has no single point on the map.",
      },
      ru: {
        title: "Великая Отечественная война",
        aliases: ["Восточный фронт Второй мировой войны", "Советско-германская война"],
        summary: "Война Советского Союза против нацистской Германии и её союзников с 22 июня 1941 года по 9 мая 1945 года.",
        description:
          "Она продолжалась 1418 дней. По данным Министерства обороны России, Советский Союз потерял около 26,6 миллиона человек.",
        locationNote: "Она шла на всём протяжении Восточного фронта, поэтому у неё нет одной точки на карте.",
      },
    },
    citations: [
      ...cite("cleancopy-great-patriotic-war", "title", "date", "description"),
      ...cite("nalchik-great-patriotic-war", "date", "description"),
    ],
  },
  {
    slug: "battles-of-rzhev",
    kind: "event",
    status: published,
    date: "1942-01/1943-03",
    ...RZHEV_TOWN_POINT,
    locationPrecision: "area",
    countryCode: "RU",
    translations: {
      en: {
        title: "Battles of Rzhev",
        aliases: ["Rzhev salient battles", "Rzhev meat grinder"],
        summary: "Soviet offensives against the German-held Rzhev salient near Moscow, from January 1942 to March 1943.",
        description:
          "Sources differ on the first and last days (5 or 8 January 1942; 21 or 31 March 1943), so the battles are given to the month. Operation Mars, in November–December 1942, was one of them; Rzhev itself was liberated on 3 March 1943.",
        placeName: "Rzhev salient, Tver Region, Russia",
        locationNote: "An area; shown at the town of Rzhev.",
      },
      ru: {
        title: "Ржевская битва",
        aliases: ["Ржевская мясорубка", "Бои подо Ржевом"],
        summary: "Наступления советских войск на удерживаемый немцами Ржевский выступ под Москвой с января 1942 по март 1943 года.",
        description:
          "Источники расходятся в первом и последнем днях (5 или 8 января 1942 года; 21 или 31 марта 1943 года), поэтому битва датирована с точностью до месяца. Одной из её операций была операция «Марс» в ноябре — декабре 1942 года; сам Ржев освобождён 3 марта 1943 года.",
        placeName: "Ржевский выступ, Тверская область, Россия",
        locationNote: "Район боёв; показан город Ржев.",
      },
    },
    citations: [
      {
        sourceKey: "tass-rzhev-liberation-80",
        field: "date",
        note: both("8 January 1942 – 31 March 1943.", "8 января 1942 — 31 марта 1943 года."),
      },
      {
        sourceKey: "russiatrek-rzhev-memorial",
        field: "date",
        note: both("5 January 1942 – 21 March 1943.", "5 января 1942 — 21 марта 1943 года."),
      },
      ...cite("wiki-operation-mars", "title", "place", "description"),
      ...cite("tass-rzhev-liberation-80", "description"),
      ...cite("perceptio-rzhev-town", "coordinates"),
    ],
  },
  {
    slug: "operation-mars",
    kind: "event",
    status: published,
    date: "1942-11-25/1942-12-20",
    ...RZHEV_TOWN_POINT,
    locationPrecision: "area",
    countryCode: "RU",
    translations: {
      en: {
        title: "Operation Mars",
        aliases: ["Second Rzhev-Sychevka Offensive Operation"],
        summary: "A Soviet offensive against the Rzhev salient by the Western and Kalinin Fronts, coordinated by Georgy Zhukov; it failed.",
        placeName: "Rzhev salient, Tver Region, Russia",
        locationNote: "An area; shown at the town of Rzhev.",
      },
      ru: {
        title: "Операция «Марс»",
        aliases: ["Вторая Ржевско-Сычёвская наступательная операция"],
        summary:
          "Наступление Западного и Калининского фронтов на Ржевский выступ под общим руководством Георгия Жукова; успеха не принесло.",
        placeName: "Ржевский выступ, Тверская область, Россия",
        locationNote: "Район боёв; показан город Ржев.",
      },
    },
    citations: [...cite("wiki-operation-mars", "title", "date", "place", "description"), ...cite("perceptio-rzhev-town", "coordinates")],
  },
  {
    slug: "liberation-of-rzhev-1943",
    kind: "event",
    status: published,
    date: "1943-03-03",
    ...RZHEV_TOWN_POINT,
    locationPrecision: "area",
    countryCode: "RU",
    translations: {
      en: {
        title: "Liberation of Rzhev",
        summary: "Soviet troops freed Rzhev after 17 months of German occupation.",
        placeName: "Rzhev, Tver Region, Russia",
        locationNote: "The town; shown at its centre.",
      },
      ru: {
        title: "Освобождение Ржева",
        summary: "Советские войска освободили Ржев после 17 месяцев немецкой оккупации.",
        placeName: "Ржев, Тверская область, Россия",
        locationNote: "Город; показан его центр.",
      },
    },
    citations: [
      ...cite("tass-rzhev-liberation-80", "title", "date", "description", "place"),
      ...cite("perceptio-rzhev-town", "coordinates"),
    ],
  },
  {
    slug: "battle-of-stalingrad",
    kind: "event",
    status: published,
    date: "1942-07-17/1943-02-02",
    ...MAMAYEV_KURGAN_POINT,
    locationPrecision: "area",
    countryCode: "RU",
    translations: {
      en: {
        title: "Battle of Stalingrad",
        aliases: ["Stalingrad"],
        summary: "Two hundred days of fighting on the Don and the Volga and in Stalingrad itself, from 17 July 1942 to 2 February 1943.",
        description:
          "More than two million people took part. Mamayev Kurgan, the hill above the city, saw some of the fiercest fighting in the autumn of 1942.",
        placeName: "Stalingrad (now Volgograd) and the Don and Volga steppe, Russia",
        locationNote: "An area; shown at Mamayev Kurgan in Volgograd.",
      },
      ru: {
        title: "Сталинградская битва",
        aliases: ["Сталинград"],
        summary: "Двести дней боёв на Дону, на Волге и в самом Сталинграде, с 17 июля 1942 года по 2 февраля 1943 года.",
        description:
          "В битве участвовали более двух миллионов человек. На Мамаевом кургане над городом осенью 1942 года шли одни из самых ожесточённых боёв.",
        placeName: "Сталинград (ныне Волгоград), степи Дона и Волги, Россия",
        locationNote: "Район боёв; показан Мамаев курган в Волгограде.",
      },
    },
    citations: [
      ...cite("mailru-stalingrad-2026", "title", "date", "place", "description"),
      ...cite("geomerid-motherland-calls", "description"),
      ...cite("trwiki-motherland-calls", "coordinates"),
    ],
  },
  {
    slug: "siege-of-leningrad",
    kind: "event",
    status: published,
    date: "1941-09-08/1944-01-27",
    ...VICTORY_SQUARE_SPB_POINT,
    locationPrecision: "area",
    countryCode: "RU",
    translations: {
      en: {
        title: "Siege of Leningrad",
        aliases: ["Blockade of Leningrad", "900 days"],
        summary: "The 872-day blockade of Leningrad by German forces, from 8 September 1941 to 27 January 1944.",
        description: "The blockade was broken on 18 January 1943 and fully lifted on 27 January 1944.",
        placeName: "Leningrad (now St Petersburg), Russia",
        locationNote: "An area; shown at Victory Square, close to where the front line of the siege ran.",
      },
      ru: {
        title: "Блокада Ленинграда",
        aliases: ["Ленинградская блокада", "900 дней"],
        summary: "872-дневная блокада Ленинграда немецкими войсками с 8 сентября 1941 года по 27 января 1944 года.",
        description: "Блокада была прорвана 18 января 1943 года и полностью снята 27 января 1944 года.",
        placeName: "Ленинград (ныне Санкт-Петербург), Россия",
        locationNote: "Район событий; показана площадь Победы, рядом с которой проходил передний край обороны.",
      },
    },
    citations: [
      ...cite("mailru-leningrad-siege-2026", "title", "date", "description", "place"),
      ...cite("petersburg24-defenders", "place"),
      ...cite("wiki-victory-square-spb", "coordinates"),
    ],
  },
  {
    slug: "defence-of-the-soviet-arctic",
    kind: "event",
    status: published,
    date: "1941-06/1944-10",
    ...ALYOSHA_POINT,
    locationPrecision: "area",
    countryCode: "RU",
    translations: {
      en: {
        title: "Defence of the Soviet Arctic",
        aliases: ["Battle for the Arctic", "Defence of Murmansk"],
        summary:
          "The fighting of the Northern and Karelian Fronts and the Northern Fleet against German and Finnish troops in the Soviet Arctic, June 1941 to October 1944.",
        description:
          "It was fought on the Kola Peninsula, in northern Karelia and on the Barents, White and Kara Seas. Murmansk was named a Hero City for its defence on 6 May 1985.",
        placeName: "Kola Peninsula and the northern seas, Russia",
        locationNote: "An area; shown at the Alyosha monument in Murmansk.",
      },
      ru: {
        title: "Оборона Советского Заполярья",
        aliases: ["Битва за Заполярье", "Оборона Мурманска"],
        summary:
          "Боевые действия Северного и Карельского фронтов и Северного флота против немецких и финских войск в Советском Заполярье в июне 1941 — октябре 1944 года.",
        description:
          "Бои шли на Кольском полуострове, в Северной Карелии, на Баренцевом, Белом и Карском морях. За оборону Мурманску 6 мая 1985 года присвоено звание города-героя.",
        placeName: "Кольский полуостров и северные моря, Россия",
        locationNote: "Район боёв; показан памятник «Алёша» в Мурманске.",
      },
    },
    citations: [...cite("toreents-arctic", "title", "date", "place", "description"), ...cite("dook-alyosha", "coordinates")],
  },
  {
    slug: "defence-of-sevastopol-1941-1942",
    kind: "event",
    status: published,
    date: "1941-10-30/1942-07-04",
    ...NAKHIMOV_SQUARE_POINT,
    locationPrecision: "area",
    translations: {
      en: {
        title: "Defence of Sevastopol, 1941–1942",
        aliases: ["Second defence of Sevastopol", "Siege of Sevastopol"],
        summary: "The 250-day defence of Sevastopol against German forces, from 30 October 1941 to 4 July 1942.",
        description:
          "The defenders held through German assaults in November and December 1941; the third, from 2 June 1942, took the city on 4 July.",
        placeName: "Sevastopol, Crimea",
        locationNote: `An area around the city; shown at Nakhimov Square in its centre. ${CRIMEA_EN}`,
      },
      ru: {
        title: "Оборона Севастополя (1941–1942)",
        aliases: ["Вторая оборона Севастополя"],
        summary: "250-дневная оборона Севастополя от немецких войск с 30 октября 1941 года по 4 июля 1942 года.",
        description:
          "Защитники выдержали немецкие штурмы в ноябре и декабре 1941 года; третий штурм, начавшийся 2 июня 1942 года, закончился взятием города 4 июля.",
        placeName: "Севастополь, Крым",
        locationNote: `Район боёв вокруг города; показана площадь Нахимова в центре. ${CRIMEA_RU}`,
      },
    },
    citations: [
      ...cite("tblit-sevastopol-defence", "title", "date", "description", "place"),
      ...cite("voynablog-sevastopol-1942", "date", "description"),
      ...cite("perceptio-nakhimov-square-memorial", "coordinates", "description"),
    ],
  },
  {
    slug: "liberation-of-sevastopol-1944",
    kind: "event",
    status: published,
    date: "1944-05-09",
    ...NAKHIMOV_SQUARE_POINT,
    locationPrecision: "area",
    translations: {
      en: {
        title: "Liberation of Sevastopol",
        summary: "Soviet troops freed Sevastopol on 9 May 1944, two days after storming Sapun Mountain.",
        placeName: "Sevastopol, Crimea",
        locationNote: `The city; shown at Nakhimov Square in its centre. ${CRIMEA_EN}`,
      },
      ru: {
        title: "Освобождение Севастополя",
        summary: "Советские войска освободили Севастополь 9 мая 1944 года, через два дня после штурма Сапун-горы.",
        placeName: "Севастополь, Крым",
        locationNote: `Город; показана площадь Нахимова в его центре. ${CRIMEA_RU}`,
      },
    },
    citations: [
      ...cite("ncrim-sapun-gora", "title", "date", "description", "place"),
      ...cite("perceptio-nakhimov-square-memorial", "coordinates"),
    ],
  },
  {
    slug: "defence-of-brest-fortress-1941",
    kind: "event",
    status: published,
    date: "1941-06-22/1941-07",
    countryCode: "BY",
    translations: {
      en: {
        title: "Defence of the Brest Fortress",
        summary: "The fortress came under fire at 3.15 on 22 June 1941, the first day of the German invasion, and its garrison fought on.",
        description:
          "About four hundred men under Major Pyotr Gavrilov held out until 30 June; isolated resistance went on into late July 1941, so the end is given to the month.",
        placeName: "Brest Fortress, Brest, Belarus",
        locationNote: "The fortress's exact point has not been verified, so it is not on the map.",
      },
      ru: {
        title: "Оборона Брестской крепости",
        summary:
          "Крепость попала под обстрел в 3.15 22 июня 1941 года, в первый день немецкого вторжения, и её гарнизон продолжал сражаться.",
        description:
          "Около четырёхсот бойцов под командованием майора Петра Гаврилова держались до 30 июня; отдельные очаги сопротивления сохранялись до конца июля 1941 года, поэтому конец обороны датирован месяцем.",
        placeName: "Брестская крепость, Брест, Беларусь",
        locationNote: "Точная точка крепости не проверена, поэтому её нет на карте.",
      },
    },
    citations: [
      ...cite("sb-brest-memorial", "title", "date", "description", "place"),
      ...cite("newspravda-brest-1971", "date", "description"),
    ],
  },
  {
    slug: "destruction-of-khatyn-1943",
    kind: "event",
    status: published,
    date: "1943-03-22",
    ...KHATYN_POINT,
    countryCode: "BY",
    translations: {
      en: {
        title: "Destruction of Khatyn",
        aliases: ["Khatyn massacre"],
        summary:
          "Schutzmannschaft Battalion 118 and the Dirlewanger SS battalion burned the village of Khatyn with its people, in reprisal for a partisan attack.",
        description: "149 villagers were killed, 75 of them children.",
        placeName: "Khatyn, Lahoysk district, Minsk Region, Belarus",
      },
      ru: {
        title: "Уничтожение Хатыни",
        aliases: ["Хатынская трагедия"],
        summary:
          "118-й батальон шуцманшафта и батальон СС Дирлевангера сожгли деревню Хатынь вместе с жителями в отместку за нападение партизан.",
        description: "Погибли 149 жителей, из них 75 детей.",
        placeName: "Хатынь, Логойский район, Минская область, Беларусь",
      },
    },
    citations: [
      ...cite("khatyn-museum", "title", "date", "description"),
      ...cite("holamon-khatyn-massacre", "title", "date", "description"),
      ...cite("frwiki-khatyn", "coordinates", "place"),
    ],
  },
  {
    slug: "battle-of-prokhorovka-1943",
    kind: "event",
    status: published,
    date: "1943-07-12",
    ...PROKHOROVKA_BELFRY_POINT,
    locationPrecision: "area",
    countryCode: "RU",
    translations: {
      en: {
        title: "Tank battle at Prokhorovka",
        aliases: ["Battle of Prokhorovka", "Prokhorovka Field"],
        summary: "A large tank battle on the field near Prokhorovka on 12 July 1943.",
        placeName: "Prokhorovka Field, Belgorod Region, Russia",
        locationNote: "An area; shown at the belfry on Height 252.2.",
      },
      ru: {
        title: "Танковое сражение под Прохоровкой",
        aliases: ["Прохоровское сражение", "Прохоровское поле"],
        summary: "Крупное танковое сражение на поле у Прохоровки 12 июля 1943 года.",
        placeName: "Прохоровское поле, Белгородская область, Россия",
        locationNote: "Район боёв; показана звонница на высоте 252,2.",
      },
    },
    citations: [...cite("wikiorg-zvonnitsa", "title", "date", "description", "place", "coordinates")],
  },
  {
    slug: "salaspils-camp",
    kind: "event",
    status: published,
    date: "1941/1944",
    ...SALASPILS_CAMP_POINT,
    countryCode: "LV",
    translations: {
      en: {
        title: "Salaspils camp",
        aliases: ["Kurtenhof camp", "Salaspils concentration camp"],
        summary: "A Nazi “extended police prison and labour education camp” near Riga in occupied Latvia, 1941–1944.",
        description:
          "Civilians and soldiers from Latvia, Lithuania and Estonia and transit prisoners, small children among them, were held there; at least 2,000–3,000 died. (Latvia's tourism site gives 1941–1945 for the camp.)",
        placeName: "Salaspils, 18 km south-east of Riga, Latvia",
      },
      ru: {
        title: "Саласпилсский лагерь",
        aliases: ["Лагерь Куртенгоф", "Концлагерь Саласпилс"],
        summary:
          "Нацистская «расширенная полицейская тюрьма и трудовой воспитательный лагерь» под Ригой в оккупированной Латвии, 1941–1944.",
        description:
          "Там содержались мирные жители и военные из Латвии, Литвы и Эстонии, а также транзитные заключённые, в том числе маленькие дети; погибли не менее 2000–3000 человек. (Официальный туристический сайт Латвии датирует лагерь 1941–1945 годами.)",
        placeName: "Саласпилс, в 18 км к юго-востоку от Риги, Латвия",
      },
    },
    citations: [
      ...cite("salaspils-official", "title", "date"),
      ...cite("latvia-travel-salaspils", "description", "date"),
      ...cite("geomapedia-salaspils", "coordinates", "place", "title"),
    ],
  },
  {
    slug: "battle-of-berlin",
    kind: "event",
    status: published,
    date: "1945-04-16/1945-05-02",
    ...TREPTOWER_PARK_POINT,
    locationPrecision: "area",
    countryCode: "DE",
    translations: {
      en: {
        title: "Battle of Berlin",
        aliases: ["Berlin Strategic Offensive Operation", "Fall of Berlin"],
        summary: "The Soviet offensive on Berlin, from 16 April 1945 until the city's defenders surrendered on 2 May 1945.",
        description: "About 80,000 Soviet soldiers fell in it; some 5,000 of them are buried in Treptower Park.",
        placeName: "Berlin and its approaches, Germany",
        locationNote: "An area; shown at the Soviet War Memorial in Treptower Park.",
      },
      ru: {
        title: "Битва за Берлин",
        aliases: ["Берлинская наступательная операция", "Берлинская операция"],
        summary: "Наступление советских войск на Берлин с 16 апреля 1945 года до капитуляции защитников города 2 мая 1945 года.",
        description: "В ней погибли около 80 000 советских воинов; около 5000 из них похоронены в Трептов-парке.",
        placeName: "Берлин и подступы к нему, Германия",
        locationNote: "Район боёв; показан мемориал советским воинам в Трептов-парке.",
      },
    },
    citations: [
      ...cite("soldatini-battle-of-berlin", "title", "date", "place"),
      ...cite("worldwariihist-battle-of-berlin", "date", "description", "title"),
      ...cite("piglix-treptow", "description", "coordinates"),
    ],
  },
];
