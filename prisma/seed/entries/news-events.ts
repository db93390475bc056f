import type { EntryInput } from "@/lib/validation/entry";
import { both, cite } from "../editorial";
import { ALMATY_POINT, KYIV_MONUMENT_POINT, RZHEV_MEMORIAL_POINT } from "./points";

const published = "published" as const;

const AT_THE_MEMORIAL_EN = "Shown at the memorial's own point.";
const AT_THE_MEMORIAL_RU = "Показано в точке самого мемориала.";

/** The events the news items report, and later ones at the same memorials. */
export const NEWS_EVENTS: EntryInput[] = [
  {
    slug: "csto-security-council-secretaries-almaty-2024",
    kind: "event",
    status: published,
    date: "2024-06-06",
    ...ALMATY_POINT,
    locationPrecision: "approximate",
    countryCode: "KZ",
    translations: {
      en: {
        title: "Meeting of the CSTO Committee of Secretaries of Security Councils",
        aliases: ["CSTO security council secretaries meeting, Almaty 2024"],
        summary: "The security council secretaries of the CSTO member states taking part met in Almaty under Kazakhstan's chairmanship.",
        description:
          "Kazakhstan, which chaired the CSTO in 2024, presided; its Security Council Secretary Gizat Nurdauletov set out Kazakhstan's position, and Russia's Security Council Secretary Sergei Shoigu attended. CSTO Secretary General Imangali Tasmagambetov reported on the situation in the organisation's area of responsibility and on countering threats to the member states. The committee approved a draft decision on the programme to strengthen the Tajik–Afghan border and set its next meeting for November 2024 in Astana. Armenia, a member, had frozen its participation in the CSTO in February 2024.",
        placeName: "Almaty, Kazakhstan",
        locationNote: "The venue is not recorded; the city's point is shown.",
      },
      ru: {
        title: "Заседание Комитета секретарей советов безопасности ОДКБ",
        aliases: ["Заседание секретарей советов безопасности ОДКБ, Алматы, 2024"],
        summary: "Секретари советов безопасности участвующих государств — членов ОДКБ собрались в Алматы под председательством Казахстана.",
        description:
          "Председательствовал Казахстан, возглавлявший ОДКБ в 2024 году; секретарь Совета безопасности Казахстана Гизат Нурдаулетов изложил позицию республики, в заседании участвовал секретарь Совета безопасности России Сергей Шойгу. Генеральный секретарь ОДКБ Имангали Тасмагамбетов доложил об обстановке в зоне ответственности организации и о мерах против угроз безопасности государств-членов. Комитет одобрил проект решения о программе укрепления таджикско-афганской границы и назначил следующее заседание на ноябрь 2024 года в Астане. Армения, член организации, в феврале 2024 года заморозила своё участие в ОДКБ.",
        placeName: "Алматы, Казахстан",
        locationNote: "Место проведения не указано; показана точка города.",
      },
    },
    citations: [
      ...cite("news-csto-almaty-2024", "title", "date", "place", "description"),
      ...cite("kazinform-csto-2024", "date", "place", "description"),
      {
        sourceKey: "tass-21009021",
        field: "description",
        note: both("Shoigu's attendance; Kazakhstan's chairmanship.", "Участие Шойгу; председательство Казахстана."),
      },
      { sourceKey: "newsby-csto-almaty-2024", field: "description", note: both("Shoigu at the meeting.", "Шойгу на заседании.") },
      {
        sourceKey: "novayagazeta-armenia-csto-2024",
        field: "description",
        note: both("Armenia's frozen participation.", "Замороженное участие Армении."),
      },
      ...cite("wiki-almaty", "coordinates"),
    ],
  },
  {
    slug: "csto-defence-ministers-memorial-of-glory-2024",
    kind: "event",
    status: published,
    date: "2024-05-31",
    ...ALMATY_POINT,
    locationPrecision: "approximate",
    countryCode: "KZ",
    translations: {
      en: {
        title: "CSTO defence ministers lay flowers at the Memorial of Glory",
        summary:
          "Before the CSTO Council of Defence Ministers met in Almaty, the ministers laid flowers at the Eternal Flame of the Memorial of Glory.",
        description:
          "The ministers of the member states taking part came to the Park of 28 Panfilov Guardsmen before their meeting; Armenia did not take part in the council.",
        placeName: "Park of 28 Panfilov Guardsmen, Almaty",
        locationNote: "The memorial's own point is not verified, so the city's point is shown.",
      },
      ru: {
        title: "Министры обороны ОДКБ возлагают цветы к Мемориалу Славы",
        summary: "Перед заседанием Совета министров обороны ОДКБ в Алматы министры возложили цветы к Вечному огню у Мемориала Славы.",
        description:
          "Министры участвующих государств-членов пришли в парк имени 28 гвардейцев-панфиловцев перед заседанием; Армения в работе совета не участвовала.",
        placeName: "Парк имени 28 гвардейцев-панфиловцев, Алматы",
        locationNote: "Точка самого мемориала не проверена, поэтому показана точка города.",
      },
    },
    citations: [...cite("regnum-3892349", "title", "date", "place", "description"), ...cite("wiki-almaty", "coordinates")],
  },
  {
    slug: "rzhev-central-figure-installation-2020",
    kind: "event",
    status: published,
    date: "2020-01-30",
    ...RZHEV_MEMORIAL_POINT,
    countryCode: "RU",
    translations: {
      en: {
        title: "Last stage of mounting the Rzhev Memorial's central figure begins",
        summary: "The last stage of mounting the bronze soldier of the Rzhev Memorial began in the Tver Region.",
        description:
          "Mounting began with the middle and upper sections of the bronze figure, overseen by Grigory Rapota (State Secretary of the Union State), Nikolai Ovsienko (Deputy Minister of Culture of Russia), Igor Rudenya (Governor of the Tver Region) and Alexander Shkolnik (Director of the Victory Museum), with veterans and reporters present. The statue was put up from January 2020 and finished by early May.",
        placeName: "Rzhev Memorial, Tver Region",
        locationNote: AT_THE_MEMORIAL_EN,
      },
      ru: {
        title: "Начало последнего этапа монтажа центральной фигуры Ржевского мемориала",
        summary: "В Тверской области начался последний этап монтажа бронзовой фигуры солдата Ржевского мемориала.",
        description:
          "Монтаж начался со средней и верхней частей бронзовой фигуры; за ходом работ наблюдали Григорий Рапота (государственный секретарь Союзного государства), Николай Овсиенко (заместитель министра культуры России), Игорь Руденя (губернатор Тверской области) и Александр Школьник (директор Музея Победы), присутствовали ветераны и журналисты. Статую возводили с января 2020 года и закончили к началу мая.",
        placeName: "Ржевский мемориал, Тверская область",
        locationNote: AT_THE_MEMORIAL_RU,
      },
    },
    citations: [
      ...cite("news-rzhev-installation-2020", "title", "date", "place", "description"),
      {
        sourceKey: "wiki-rzhev-memorial",
        field: "description",
        note: both("Building from January to early May 2020.", "Возведение с января до начала мая 2020 года."),
      },
      ...cite("wiki7-rzhev-memorial", "coordinates"),
    ],
  },
  {
    slug: "rzhev-memorial-opening-2020",
    kind: "event",
    status: published,
    date: "2020-06-30",
    ...RZHEV_MEMORIAL_POINT,
    countryCode: "RU",
    translations: {
      en: {
        title: "Opening of the Rzhev Memorial to the Soviet Soldier",
        summary: "Vladimir Putin and Alexander Lukashenko opened the memorial, with veterans of the war present.",
        description:
          "The opening had been planned for 9 May 2020; because of the COVID-19 pandemic it was moved, first to 22 June and then to 30 June.",
        placeName: "Rzhev Memorial, Tver Region",
        locationNote: AT_THE_MEMORIAL_EN,
      },
      ru: {
        title: "Открытие Ржевского мемориала Советскому солдату",
        summary: "Мемориал открыли Владимир Путин и Александр Лукашенко в присутствии ветеранов войны.",
        description:
          "Открытие было намечено на 9 мая 2020 года; из-за пандемии COVID-19 его перенесли сначала на 22 июня, затем на 30 июня.",
        placeName: "Ржевский мемориал, Тверская область",
        locationNote: AT_THE_MEMORIAL_RU,
      },
    },
    citations: [
      ...cite("wiki-rzhev-memorial", "title", "date", "place", "description"),
      ...cite("may9-rzhev-opening", "description"),
      ...cite("100dorog-rzhev-opening", "description"),
      ...cite("wiki7-rzhev-memorial", "coordinates"),
    ],
  },
  {
    slug: "kyiv-motherland-emblem-replaced-2023",
    kind: "event",
    status: published,
    date: "2023-08-06",
    ...KYIV_MONUMENT_POINT,
    countryCode: "UA",
    translations: {
      en: {
        title: "Trident replaces the Soviet emblem on the shield of the Kyiv Motherland Monument",
        summary: "The trident, Ukraine's coat of arms, was fitted to the monument's shield in place of the Soviet emblem.",
        description:
          "The Soviet emblem was taken down on 1 August 2023 and the trident fitted on 6 August; the works were finished by 23 August. In the same summer the museum the monument belongs to decided to rename it «Україна-мати» (Ukraine-Mother).",
        placeName: "Kyiv, Ukraine",
      },
      ru: {
        title: "Трезубец заменил советский герб на щите монумента «Родина-мать» в Киеве",
        summary: "На щите монумента вместо советского герба установлен трезубец — герб Украины.",
        description:
          "Советский герб сняли 1 августа 2023 года, трезубец установили 6 августа; работы завершили к 23 августа. Тем же летом музей, в состав которого входит монумент, решил переименовать его в «Україна-мати» («Украина-мать»).",
        placeName: "Киев, Украина",
      },
    },
    citations: [
      ...cite("kyivindependent-trident", "title", "date", "description"),
      ...cite("interfax-kyiv-rename", "description"),
      ...cite("rbc-kyiv-rename", "description"),
      ...cite("wiki-motherland-kyiv", "place", "coordinates"),
    ],
  },
];
