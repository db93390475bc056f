import type { EntryInput } from "@/lib/validation/entry";
import { both, cite } from "../editorial";
import {
  KHATYN_POINT,
  KYIV_MONUMENT_POINT,
  PROKHOROVKA_BELFRY_POINT,
  SALASPILS_CAMP_POINT,
  TREPTOWER_PARK_POINT,
  VICTORY_SQUARE_SPB_POINT,
} from "./points";

const published = "published" as const;

/** Further memorial complexes a lesson sets beside those the news item names. */
export const COMPARABLE_MEMORIALS: EntryInput[] = [
  {
    slug: "brest-hero-fortress",
    kind: "memorial",
    status: published,
    date: "1971-09-25",
    countryCode: "BY",
    translations: {
      en: {
        title: "Brest Hero-Fortress memorial complex",
        aliases: ["Brest Fortress memorial", "Brest Hero Fortress"],
        summary: "The memorial inside the Brest Fortress, whose garrison was among the first to fight the German invasion on 22 June 1941.",
        description:
          "The fortress was named a Hero Fortress in May 1965; the memorial was built in 1969–1971 and opened on 25 September 1971.",
        placeName: "Brest Fortress, Brest, Belarus",
        locationNote: "Its exact point has not been verified (the sources found disagree by about 1 km), so it is not on the map.",
        authors:
          "A. P. Kibalnikov (lead sculptor); A. Bembel, V. Bobyl (sculptors); V. Korol, V. Volchek, V. Zankovich, Yu. Kazakov, O. Stakhovich, G. Sysoev (architects)",
      },
      ru: {
        title: "Мемориальный комплекс «Брестская крепость-герой»",
        aliases: ["Брестская крепость", "Брестская крепость-герой"],
        summary: "Мемориал в Брестской крепости, гарнизон которой одним из первых вступил в бой с немецкими войсками 22 июня 1941 года.",
        description:
          "Звание «крепость-герой» присвоено в мае 1965 года; мемориал построен в 1969–1971 годах и открыт 25 сентября 1971 года.",
        placeName: "Брестская крепость, Брест, Беларусь",
        locationNote: "Точная точка не проверена (найденные источники расходятся примерно на 1 км), поэтому мемориала нет на карте.",
        authors:
          "А. П. Кибальников (руководитель, скульптор); А. Бембель, В. Бобыль (скульпторы); В. Король, В. Волчек, В. Занкович, Ю. Казаков, О. Стахович, Г. Сысоев (архитекторы)",
      },
    },
    citations: [
      ...cite("newspravda-brest-1971", "title", "date", "description", "authors"),
      ...cite("sb-brest-memorial", "description", "authors", "place"),
      { sourceKey: "touristportal-brest", field: "authors", note: both("The whole team.", "Весь авторский коллектив.") },
      ...cite("touristportal-brest", "description"),
    ],
  },
  {
    slug: "khatyn-memorial",
    kind: "memorial",
    status: published,
    date: "1969-07-05",
    ...KHATYN_POINT,
    countryCode: "BY",
    translations: {
      en: {
        title: "Khatyn memorial complex",
        aliases: ["Khatyn", "Khatyn State Memorial Complex"],
        summary:
          "The memorial on the site of the village of Khatyn, burned with its people on 22 March 1943, and of the hundreds of Belarusian villages destroyed in the war.",
        description:
          "The complex follows the plan of the village: a log-house outline with a chimney-like obelisk and a bell marks each of its 26 homes, around the bronze figure of the “Unbowed Man”. A “cemetery of villages” holds soil from 185 villages burned and never rebuilt.",
        placeName: "Lahoysk district, Minsk Region, Belarus",
        authors: "Yu. Gradov, V. Zankovich, L. Levin (architects); S. Selikhanov (sculptor)",
      },
      ru: {
        title: "Мемориальный комплекс «Хатынь»",
        aliases: ["Хатынь", "Государственный мемориальный комплекс «Хатынь»"],
        summary:
          "Мемориал на месте деревни Хатынь, сожжённой вместе с жителями 22 марта 1943 года, и сотен белорусских деревень, уничтоженных в годы войны.",
        description:
          "Комплекс повторяет планировку деревни: на месте каждого из 26 домов — венец сруба с обелиском-трубой и колоколом, в центре — бронзовая фигура «Непокорённого человека». «Кладбище деревень» хранит землю 185 сожжённых и не возрождённых деревень.",
        placeName: "Логойский район, Минская область, Беларусь",
        authors: "Ю. Градов, В. Занкович, Л. Левин (архитекторы); С. Селиханов (скульптор)",
      },
    },
    citations: [
      ...cite("khatyn-museum", "title", "date", "description"),
      ...cite("khatyn-by-memorial", "authors", "title"),
      ...cite("frwiki-khatyn", "coordinates", "place"),
    ],
  },
  {
    slug: "motherland-monument-kyiv",
    kind: "memorial",
    status: published,
    date: "1981-05-09",
    ...KYIV_MONUMENT_POINT,
    countryCode: "UA",
    translations: {
      en: {
        title: "Motherland Monument, Kyiv",
        aliases: ["Mother Ukraine", "Ukraine-Mother", "Batkivshchyna-Maty", "Motherland Monument"],
        summary:
          "A 62 m stainless-steel figure with a sword and shield in Kyiv, part of the National Museum of the History of Ukraine in the Second World War.",
        description:
          "In 2023 the shield's Soviet emblem was replaced by the trident of Ukraine (fitted on 6 August). In the summer of 2023 the museum's academic council decided to rename the monument «Україна-мати» (Ukraine-Mother, also rendered Mother Ukraine); at the end of August Ukraine's Ministry of Culture said the formal decision had not yet been taken but that the new name should be preferred.",
        placeName: "Pechersk, Kyiv, Ukraine",
        authors: "Yevgeny Vuchetich; after his death in 1974, Vasyl Borodai",
        dimensions: "Statue 62 m; 102 m with the base",
      },
      ru: {
        title: "Монумент «Родина-мать», Киев",
        aliases: ["Родина-мать", "Украина-мать", "Батькивщина-мать"],
        summary:
          "Фигура из нержавеющей стали высотой 62 м с мечом и щитом в Киеве, часть Национального музея истории Украины во Второй мировой войне.",
        description:
          "В 2023 году советский герб на щите заменили трезубцем — гербом Украины (установлен 6 августа). Летом 2023 года учёный совет музея решил переименовать монумент в «Україна-мати» («Украина-мать»); в конце августа Министерство культуры Украины сообщило, что официального решения ещё нет, но новому названию следует отдавать предпочтение.",
        placeName: "Печерск, Киев, Украина",
        authors: "Евгений Вучетич; после его смерти в 1974 году — Василий Бородай",
        dimensions: "Статуя 62 м; 102 м вместе с основанием",
      },
    },
    citations: [
      ...cite("wiki-motherland-kyiv", "title", "date", "coordinates", "authors", "dimensions", "place", "description"),
      ...cite("kyivindependent-trident", "description"),
      ...cite("rbc-kyiv-rename", "description", "title"),
      ...cite("interfax-kyiv-rename", "description", "title"),
    ],
  },
  {
    slug: "prokhorovka-field-belfry",
    kind: "memorial",
    status: published,
    date: "1995-05",
    ...PROKHOROVKA_BELFRY_POINT,
    locationPrecision: "approximate",
    countryCode: "RU",
    translations: {
      en: {
        title: "Victory Monument: the belfry on Prokhorovka Field",
        aliases: ["Prokhorovka belfry", "Prokhorovka Field", "Zvonnitsa"],
        summary: "A 59 m white belfry on Height 252.2, in memory of those who fell in the tank battle near Prokhorovka on 12 July 1943.",
        description:
          "Opened in May 1995 for the 50th anniversary of the victory, it is the main monument of the Prokhorovka Field museum-reserve. Its four pylons stand for the four years of the war; a 3.5 t bell hangs under the dome.",
        placeName: "Height 252.2, near Prokhorovka, Belgorod Region, Russia",
        locationNote: "The sources disagree by about 1 km; the Russian Wikipedia point is shown.",
        authors: "V. M. Klykov (sculptor), R. I. Semerdzhiev (architect), G. Solokhin (engineer)",
        dimensions: "59 m",
      },
      ru: {
        title: "Памятник Победы — Звонница на Прохоровском поле",
        aliases: ["Звонница", "Прохоровское поле", "Прохоровская звонница"],
        summary: "Белая звонница высотой 59 м на высоте 252,2 в память о павших в танковом сражении под Прохоровкой 12 июля 1943 года.",
        description:
          "Открыта в мае 1995 года к 50-летию Победы; главный памятник музея-заповедника «Прохоровское поле». Четыре пилона олицетворяют четыре года войны; под куполом висит колокол весом 3,5 т.",
        placeName: "Высота 252,2, у Прохоровки, Белгородская область, Россия",
        locationNote: "Источники расходятся примерно на 1 км; показана точка из русской Википедии.",
        authors: "В. М. Клыков (скульптор), Р. И. Семерджиев (архитектор), Г. Солохин (инженер)",
        dimensions: "59 м",
      },
    },
    citations: [
      { sourceKey: "wikiorg-zvonnitsa", field: "date", note: both("May 1995; the day is not given.", "Май 1995 года; день не указан.") },
      ...cite("wikiorg-zvonnitsa", "title", "coordinates", "place", "authors", "description"),
      ...cite("wikipoints-zvonnitsa", "dimensions", "authors", "description"),
      ...cite("prohorovskoe-pole-zvonnitsa", "dimensions", "description", "title"),
    ],
  },
  {
    slug: "salaspils-memorial",
    kind: "memorial",
    status: published,
    date: "1967-10-31",
    ...SALASPILS_CAMP_POINT,
    locationPrecision: "area",
    countryCode: "LV",
    translations: {
      en: {
        title: "Salaspils Memorial Ensemble",
        aliases: ["Salaspils memoriāls", "Salaspils Memorial"],
        summary:
          "A memorial on the site of the Salaspils camp, a Nazi police prison and “labour education” camp in occupied Latvia (1941–1944).",
        description:
          "More than 20,000 people passed through the camp; at least 2,000–3,000 of them died of hard labour, disease, hunger and punishment, the figure current Latvian sources and historians give; Soviet-era publications had given more than 100,000 dead. The memorial, opened in 1967 in the Soviet period, is part of Latvia's cultural canon.",
        placeName: "Salaspils, Latvia",
        locationNote: "The memorial covers the former camp; the camp site's point is shown.",
        authors: "G. Asaris, O. Ostenbergs, I. Strautmanis, O. Zakamennijs (architects); Ļ. Bukovskis, O. Skarainis, J. Zariņš (sculptors)",
        dimensions: "25 ha",
      },
      ru: {
        title: "Саласпилсский мемориальный ансамбль",
        aliases: ["Саласпилсский мемориал", "Саласпилс"],
        summary:
          "Мемориал на месте Саласпилсского лагеря — нацистской полицейской тюрьмы и «трудового воспитательного» лагеря в оккупированной Латвии (1941–1944).",
        description:
          "Через лагерь прошли более 20 000 человек; не менее 2000–3000 из них погибли от тяжёлого труда, болезней, голода и наказаний — такую цифру называют современные латвийские источники и историки; в советских изданиях говорилось о более чем 100 000 погибших. Мемориал, открытый в 1967 году, в советское время, входит в культурный канон Латвии.",
        placeName: "Саласпилс, Латвия",
        locationNote: "Мемориал занимает территорию бывшего лагеря; показана точка лагеря.",
        authors:
          "Г. Асарис, О. Остенбергс, И. Страутманис, О. Закаменный (архитекторы); Л. Буковский, О. Скарайнис, Я. Зариньш (скульпторы)",
        dimensions: "25 га",
      },
    },
    citations: [
      ...cite("salaspils-official", "title", "authors", "dimensions", "description", "date"),
      { sourceKey: "flickr-salaspils", field: "date", note: both("The day, 31 October 1967.", "День — 31 октября 1967 года.") },
      ...cite("flickr-salaspils", "description"),
      ...cite("latvia-travel-salaspils", "description", "place"),
      ...cite("gse-salaspils", "description"),
      ...cite("geomapedia-salaspils", "coordinates"),
    ],
  },
  {
    slug: "memorial-of-glory-almaty",
    kind: "memorial",
    status: published,
    date: "1975-05-08",
    countryCode: "KZ",
    translations: {
      en: {
        title: "Memorial of Glory, Park of 28 Panfilov Guardsmen",
        aliases: ["Memorial of Glory", "Glory Memorial, Almaty"],
        summary:
          "A triptych with an Eternal Flame in Almaty's Park of 28 Panfilov Guardsmen, made for the 30th anniversary of the victory.",
        description:
          "Its central part shows the men of Panfilov's division who defended Moscow, with soldiers of the 15 Soviet republics on a map of the Soviet Union; the Eternal Flame was lit at the opening on 8 May 1975.",
        placeName: "Park of 28 Panfilov Guardsmen, Almaty, Kazakhstan",
        locationNote: "Its exact point has not been verified, so it is not on the map.",
        authors: "T. K. Basenov, R. A. Seydalin, V. N. Kim (architects); V. V. Andryushchenko, A. E. Artimovich (sculptors)",
      },
      ru: {
        title: "Мемориал Славы, парк имени 28 гвардейцев-панфиловцев",
        aliases: ["Мемориал Славы", "Мемориал Славы в Алматы"],
        summary: "Триптих с Вечным огнём в алматинском парке имени 28 гвардейцев-панфиловцев, созданный к 30-летию Победы.",
        description:
          "Центральная часть изображает бойцов панфиловской дивизии, защищавших Москву, и воинов 15 советских республик на фоне карты СССР; Вечный огонь зажжён при открытии 8 мая 1975 года.",
        placeName: "Парк имени 28 гвардейцев-панфиловцев, Алматы, Казахстан",
        locationNote: "Точная точка не проверена, поэтому мемориала нет на карте.",
        authors: "Т. К. Басенов, Р. А. Сейдалин, В. Н. Ким (архитекторы); В. В. Андрющенко, А. Е. Артимович (скульпторы)",
      },
    },
    citations: [
      ...cite("wiki-memorial-of-glory-almaty", "title", "date", "authors", "description", "place"),
      ...cite("almaty-dostoprim-glory", "date", "authors", "description"),
    ],
  },
  {
    slug: "heroic-defenders-of-leningrad",
    kind: "memorial",
    status: published,
    date: "1975-05-09",
    ...VICTORY_SQUARE_SPB_POINT,
    locationPrecision: "approximate",
    countryCode: "RU",
    translations: {
      en: {
        title: "Monument to the Heroic Defenders of Leningrad",
        aliases: ["Heroic Defenders of Leningrad", "Victory Square monument, St Petersburg"],
        summary:
          "A 48 m obelisk with 26 bronze figures of the city's defenders, on Victory Square at the southern entrance to St Petersburg.",
        description:
          "It stands near where the front line of the siege ran, and its sculptures face the Pulkovo Heights; all three of its authors had taken part in the city's defence. Opened on 9 May 1975, the 30th anniversary of the victory; an underground memorial hall followed on 23 February 1978.",
        placeName: "Victory Square, St Petersburg, Russia",
        locationNote: "The monument stands on Victory Square; the square's point is shown.",
        authors: "M. K. Anikushin (sculptor); S. B. Speransky, V. A. Kamensky (architects)",
        dimensions: "Obelisk 48 m",
      },
      ru: {
        title: "Монумент героическим защитникам Ленинграда",
        aliases: ["Монумент на площади Победы", "Героическим защитникам Ленинграда"],
        summary: "Обелиск высотой 48 м с 26 бронзовыми фигурами защитников города на площади Победы у южного въезда в Санкт-Петербург.",
        description:
          "Он стоит рядом с местом, где проходил передний край обороны, и его скульптуры обращены к Пулковским высотам; все три его автора участвовали в обороне города. Открыт 9 мая 1975 года, к 30-летию Победы; подземный мемориальный зал открыт 23 февраля 1978 года.",
        placeName: "Площадь Победы, Санкт-Петербург, Россия",
        locationNote: "Монумент стоит на площади Победы; показана точка площади.",
        authors: "М. К. Аникушин (скульптор); С. Б. Сперанский, В. А. Каменский (архитекторы)",
        dimensions: "Обелиск 48 м",
      },
    },
    citations: [
      ...cite("petersburg24-defenders", "title", "date", "authors", "description", "place"),
      ...cite("encspb-defenders", "authors", "dimensions", "description"),
      {
        sourceKey: "encspb-defenders",
        field: "date",
        note: both("Its English page gives 9 June 1975.", "Английская страница называет 9 июня 1975 года."),
      },
      ...cite("wiki-victory-square-spb", "coordinates", "place"),
    ],
  },
  {
    slug: "soviet-war-memorial-treptower-park",
    kind: "memorial",
    status: published,
    date: "1949-05-08",
    ...TREPTOWER_PARK_POINT,
    countryCode: "DE",
    translations: {
      en: {
        title: "Soviet War Memorial, Treptower Park, Berlin",
        aliases: ["Treptower Park memorial", "Warrior-Liberator", "Sowjetisches Ehrenmal im Treptower Park"],
        summary:
          "A memorial and military cemetery for Soviet soldiers who fell in the Battle of Berlin, crowned by a soldier carrying a rescued child.",
        description:
          "About 5,000 of the Soviet soldiers who fell in the Battle of Berlin lie here. It was built in 1946–1948 on a former sports field and opened on 8 May 1949. The soldier lowering his sword is the last part of the triptych that begins with “Rear to the Front” in Magnitogorsk and continues with The Motherland Calls in Volgograd.",
        placeName: "Treptower Park, Berlin, Germany",
        authors: "Yakov Belopolsky (architect), Yevgeny Vuchetich (sculptor), Alexander Gorpenko (painter), Sarra Valerius (engineer)",
        dimensions: "Statue about 12 m; grounds 100,000 m²",
      },
      ru: {
        title: "Мемориал советским воинам в Трептов-парке, Берлин",
        aliases: ["Воин-освободитель", "Трептов-парк"],
        summary: "Мемориал и воинское кладбище советских солдат, павших в битве за Берлин, увенчанный фигурой воина со спасённым ребёнком.",
        description:
          "Здесь похоронены около 5000 советских воинов, павших в битве за Берлин. Мемориал построен в 1946–1948 годах на месте бывшего спортивного поля и открыт 8 мая 1949 года. Воин, опускающий меч, — последняя часть триптиха, который начинается монументом «Тыл — фронту» в Магнитогорске и продолжается статуей «Родина-мать зовёт!» в Волгограде.",
        placeName: "Трептов-парк, Берлин, Германия",
        authors: "Яков Белопольский (архитектор), Евгений Вучетич (скульптор), Александр Горпенко (художник), Сарра Валериус (инженер)",
        dimensions: "Статуя около 12 м; территория 100 000 м²",
      },
    },
    citations: [
      ...cite("piglix-treptow", "title", "date", "coordinates", "authors", "description", "place"),
      ...cite("europeremembers-treptow", "description", "dimensions", "authors"),
      {
        sourceKey: "urban75-treptow",
        field: "dimensions",
        note: both("12 m; other sources give 11.6 m or 13 m.", "12 м; другие источники дают 11,6 или 13 м."),
      },
      ...cite("brilliant-rear-front", "description"),
    ],
  },
];
