import type { EntryInput } from "@/lib/validation/entry";
import { cite } from "../editorial";
import { ALMATY_POINT, RZHEV_TOWN_POINT } from "./points";

const published = "published" as const;

/** The towns the news items happen in. */
export const PLACES: EntryInput[] = [
  {
    slug: "rzhev",
    kind: "place",
    status: published,
    ...RZHEV_TOWN_POINT,
    countryCode: "RU",
    translations: {
      en: { title: "Rzhev", summary: "A town on the upper Volga in the Tver Region.", placeName: "Tver Region, Russia" },
      ru: { title: "Ржев", summary: "Город на верхней Волге в Тверской области.", placeName: "Тверская область, Россия" },
    },
    citations: [...cite("perceptio-rzhev-town", "title", "coordinates", "place", "description")],
  },
  {
    slug: "almaty",
    kind: "place",
    status: published,
    ...ALMATY_POINT,
    countryCode: "KZ",
    translations: {
      en: { title: "Almaty", aliases: ["Alma-Ata"], summary: "The largest city of Kazakhstan.", placeName: "Kazakhstan" },
      ru: { title: "Алматы", aliases: ["Алма-Ата"], summary: "Крупнейший город Казахстана.", placeName: "Казахстан" },
    },
    citations: [...cite("wiki-almaty", "title", "coordinates", "place", "description")],
  },
];

/** The organisations and people the news items name, as the items describe them at the time. */
export const PEOPLE_AND_ORGANISATIONS: EntryInput[] = [
  {
    slug: "csto",
    kind: "organisation",
    status: published,
    translations: {
      en: {
        title: "Collective Security Treaty Organization",
        aliases: ["CSTO"],
        summary:
          "A military alliance of Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan, founded on the treaty signed in Tashkent on 15 May 1992; Armenia froze its participation in February 2024.",
      },
      ru: {
        title: "Организация Договора о коллективной безопасности",
        aliases: ["ОДКБ"],
        summary:
          "Военно-политический союз России, Армении, Беларуси, Казахстана, Киргизии и Таджикистана, основанный на договоре, подписанном в Ташкенте 15 мая 1992 года; в феврале 2024 года Армения заморозила своё участие.",
      },
    },
    citations: [...cite("tass-21009021", "title", "description"), ...cite("novayagazeta-armenia-csto-2024", "description")],
  },
  {
    slug: "russian-military-historical-society",
    kind: "organisation",
    status: published,
    translations: {
      en: {
        title: "Russian Military Historical Society",
        aliases: ["RVIO", "RMHS"],
        summary: "The society that carried out the project of the Rzhev Memorial.",
      },
      ru: {
        title: "Российское военно-историческое общество",
        aliases: ["РВИО"],
        summary: "Общество, осуществившее проект Ржевского мемориала.",
      },
    },
    citations: [...cite("news-rzhev-installation-2020", "title", "description"), ...cite("may9-rzhev-opening", "title")],
  },
  {
    slug: "union-state",
    kind: "organisation",
    status: published,
    translations: {
      en: {
        title: "Union State of Russia and Belarus",
        aliases: ["Union State"],
        summary: "One of the supporters of the Rzhev Memorial project.",
      },
      ru: {
        title: "Союзное государство России и Беларуси",
        aliases: ["Союзное государство"],
        summary: "Один из тех, кто поддержал проект Ржевского мемориала.",
      },
    },
    citations: [...cite("news-rzhev-installation-2020", "title", "description"), ...cite("may9-rzhev-opening", "title")],
  },
  {
    slug: "ministry-of-culture-of-russia",
    kind: "organisation",
    status: published,
    translations: {
      en: {
        title: "Ministry of Culture of the Russian Federation",
        aliases: ["Ministry of Culture of Russia"],
        summary:
          "One of the supporters of the Rzhev Memorial project; its Deputy Minister Nikolai Ovsienko oversaw the mounting of the central figure in January 2020.",
      },
      ru: {
        title: "Министерство культуры Российской Федерации",
        aliases: ["Минкультуры России"],
        summary:
          "Один из тех, кто поддержал проект Ржевского мемориала; заместитель министра Николай Овсиенко наблюдал за монтажом центральной фигуры в январе 2020 года.",
      },
    },
    citations: [...cite("news-rzhev-installation-2020", "title", "description")],
  },
  {
    slug: "government-of-tver-region",
    kind: "organisation",
    status: published,
    translations: {
      en: {
        title: "Government of the Tver Region",
        summary:
          "One of the supporters of the Rzhev Memorial project; the region's governor Igor Rudenya oversaw the mounting of the central figure in January 2020.",
      },
      ru: {
        title: "Правительство Тверской области",
        summary:
          "Один из тех, кто поддержал проект Ржевского мемориала; губернатор области Игорь Руденя наблюдал за монтажом центральной фигуры в январе 2020 года.",
      },
    },
    citations: [...cite("news-rzhev-installation-2020", "title", "description")],
  },
  {
    slug: "imangali-tasmagambetov",
    kind: "person",
    status: published,
    translations: {
      en: {
        title: "Imangali Tasmagambetov",
        summary:
          "Secretary General of the CSTO at the time of the Almaty meeting of June 2024, where he reported on the situation in the organisation's area of responsibility; he also spoke to Cronos.Asia about the progress of negotiations.",
      },
      ru: {
        title: "Имангали Тасмагамбетов",
        summary:
          "Генеральный секретарь ОДКБ во время заседания в Алматы в июне 2024 года, где он доложил об обстановке в зоне ответственности организации; рассказывал Cronos.Asia о ходе переговоров.",
      },
    },
    citations: [...cite("news-csto-almaty-2024", "title", "description"), ...cite("csto-ticker-cronos-commentary", "description")],
  },
  {
    slug: "ararat-mirzoyan",
    kind: "person",
    status: published,
    translations: {
      en: {
        title: "Ararat Mirzoyan",
        summary:
          "Foreign Minister of Armenia; Sputnik Armenia reported him saying that he had excellent relations with CSTO Secretary General Imangali Tasmagambetov.",
      },
      ru: {
        title: "Арарат Мирзоян",
        summary:
          "Министр иностранных дел Армении; по сообщению Sputnik Армения, он назвал свои отношения с генеральным секретарём ОДКБ Имангали Тасмагамбетовым отличными.",
      },
    },
    citations: [...cite("csto-ticker-mirzoyan", "title", "description")],
  },
  {
    slug: "grigory-rapota",
    kind: "person",
    status: published,
    translations: {
      en: { title: "Grigory Rapota", summary: "State Secretary of the Union State (January 2020)." },
      ru: { title: "Григорий Рапота", summary: "Государственный секретарь Союзного государства (январь 2020 года)." },
    },
    citations: [...cite("news-rzhev-installation-2020", "title", "description")],
  },
  {
    slug: "nikolai-ovsienko",
    kind: "person",
    status: published,
    translations: {
      en: { title: "Nikolai Ovsienko", summary: "Deputy Minister of Culture of the Russian Federation (January 2020)." },
      ru: { title: "Николай Овсиенко", summary: "Заместитель министра культуры Российской Федерации (январь 2020 года)." },
    },
    citations: [...cite("news-rzhev-installation-2020", "title", "description")],
  },
  {
    slug: "igor-rudenya",
    kind: "person",
    status: published,
    translations: {
      en: { title: "Igor Rudenya", aliases: ["Igor Rudeni"], summary: "Governor of the Tver Region (January 2020)." },
      ru: { title: "Игорь Руденя", summary: "Губернатор Тверской области (январь 2020 года)." },
    },
    citations: [...cite("news-rzhev-installation-2020", "title", "description")],
  },
  {
    slug: "alexander-shkolnik",
    kind: "person",
    status: published,
    translations: {
      en: { title: "Alexander Shkolnik", summary: "Director of the Victory Museum (January 2020)." },
      ru: { title: "Александр Школьник", summary: "Директор Музея Победы (январь 2020 года)." },
    },
    citations: [...cite("news-rzhev-installation-2020", "title", "description"), ...cite("wiki-museum-great-patriotic-war", "description")],
  },
];
