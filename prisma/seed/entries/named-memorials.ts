import type { EntryInput } from "@/lib/validation/entry";
import { both, cite } from "../editorial";
import { ALYOSHA_POINT, MAMAYEV_KURGAN_POINT, RZHEV_MEMORIAL_POINT } from "./points";

const published = "published" as const;

/** The Rzhev Memorial and the memorial complexes its creators compared it with (January 2020). */
export const NAMED_MEMORIALS: EntryInput[] = [
  {
    slug: "rzhev-memorial",
    kind: "memorial",
    status: published,
    date: "2020-06-30",
    ...RZHEV_MEMORIAL_POINT,
    countryCode: "RU",
    translations: {
      en: {
        title: "Rzhev Memorial to the Soviet Soldier",
        aliases: ["Rzhev Memorial", "Rzhev War Memorial"],
        summary: "A 25 m bronze soldier dissolving into a flock of cranes, on ground where the battles near Rzhev were fought.",
        description:
          "The memorial is dedicated to all Soviet soldiers of the Great Patriotic War. Veterans asked for it; the Russian Military Historical Society carried out the project with the support of the Union State, the Ministry of Culture of Russia and the Government of the Tver Region. The soldier stands on a 10 m mound at the end of a 55 m alley lined with the names of 17,660 soldiers who fell near Rzhev; the complex covers 4 ha and has become a branch of the Victory Museum.",
        placeName: "Near Khoroshevo, Rzhevsky District, Tver Region, Russia",
        locationNote: "About 7 km south-west of the town of Rzhev.",
        authors: "Andrey Korobtsov (sculptor), Konstantin Fomin (architect)",
        dimensions: "Figure 25 m on a 10 m mound; 55 m alley; 4 ha",
      },
      ru: {
        title: "Ржевский мемориал Советскому солдату",
        aliases: ["Ржевский мемориал", "Памятник Советскому солдату подо Ржевом"],
        summary: "25-метровая бронзовая фигура солдата, растворяющаяся в стае журавлей, на месте боёв подо Ржевом.",
        description:
          "Мемориал посвящён всем советским солдатам Великой Отечественной войны. Его создания просили ветераны; проект осуществило Российское военно-историческое общество при поддержке Союзного государства, Министерства культуры России и Правительства Тверской области. Солдат стоит на 10-метровом холме в конце 55-метровой аллеи с именами 17 660 воинов, павших подо Ржевом; комплекс занимает 4 га и стал филиалом Музея Победы.",
        placeName: "У деревни Хорошево, Ржевский район, Тверская область, Россия",
        locationNote: "Примерно в 7 км к юго-западу от Ржева.",
        authors: "Андрей Коробцов (скульптор), Константин Фомин (архитектор)",
        dimensions: "Фигура 25 м на 10-метровом холме; аллея 55 м; 4 га",
      },
    },
    citations: [
      ...cite("wiki-rzhev-memorial", "title", "date", "authors", "dimensions"),
      ...cite("wiki7-rzhev-memorial", "coordinates", "authors"),
      ...cite("russiatrek-rzhev-memorial", "place", "dimensions", "description"),
      ...cite("news-rzhev-installation-2020", "description"),
      ...cite("may9-rzhev-opening", "description"),
      { sourceKey: "cis-rzhev-branch", field: "description", note: both("A branch of the Victory Museum.", "Филиал Музея Победы.") },
    ],
  },
  {
    slug: "mamayev-kurgan",
    kind: "memorial",
    status: published,
    date: "1967-10-15",
    ...MAMAYEV_KURGAN_POINT,
    countryCode: "RU",
    translations: {
      en: {
        title: '"To the Heroes of the Battle of Stalingrad", Mamayev Kurgan',
        aliases: ["Mamayev Kurgan", "Mamaev Kurgan", "The Motherland Calls", "Heroes of the Battle of Stalingrad memorial"],
        summary: "The memorial complex on Mamayev Kurgan in Volgograd, crowned by the statue The Motherland Calls.",
        description:
          "The statue rises from the top of the hill, where some of the fiercest fighting of the autumn of 1942 took place; it was built from 1959 and dedicated with the complex in 1967.",
        placeName: "Mamayev Kurgan, Volgograd, Russia",
        authors: "Yevgeny Vuchetich (sculptor), Yakov Belopolsky (architect), Nikolai Nikitin (engineer)",
        dimensions: "The Motherland Calls: 85 m with the 33 m sword",
      },
      ru: {
        title: "«Героям Сталинградской битвы», Мамаев курган",
        aliases: ["Мамаев курган", "Родина-мать зовёт!", "Памятник-ансамбль «Героям Сталинградской битвы»"],
        summary: "Мемориальный комплекс на Мамаевом кургане в Волгограде, увенчанный статуей «Родина-мать зовёт!».",
        description:
          "Статуя возвышается на вершине кургана, где осенью 1942 года шли одни из самых ожесточённых боёв; её строили с 1959 года и открыли вместе с комплексом в 1967 году.",
        placeName: "Мамаев курган, Волгоград, Россия",
        authors: "Евгений Вучетич (скульптор), Яков Белопольский (архитектор), Николай Никитин (инженер)",
        dimensions: "«Родина-мать зовёт!»: 85 м вместе с 33-метровым мечом",
      },
    },
    citations: [
      ...cite("trwiki-motherland-calls", "coordinates", "date", "dimensions", "title"),
      ...cite("wiki-motherland-calls", "title", "date", "authors", "dimensions", "place"),
      ...cite("geomerid-motherland-calls", "description"),
    ],
  },
  {
    slug: "alyosha-murmansk",
    kind: "memorial",
    status: published,
    date: "1974-10-19",
    ...ALYOSHA_POINT,
    countryCode: "RU",
    translations: {
      en: {
        title: 'Defenders of the Soviet Arctic during the Great Patriotic War ("Alyosha")',
        aliases: ["Alyosha", "Alyosha Monument", "Murmansk Alyosha"],
        summary:
          "A soldier with a submachine gun over his shoulder on Green Cape hill above Murmansk, facing west, where the war came from.",
        description:
          "The memorial honours the soldiers, sailors and airmen who defended the Soviet Arctic. It was opened for the 30th anniversary of the defeat of the German troops in the Arctic; beside it burns an Eternal Flame.",
        placeName: "Green Cape hill, Murmansk, Russia",
        authors: "I. D. Brodsky (sculptor), I. A. Pokrovsky (architect)",
        dimensions: "Statue 35.5 m on a 7 m pedestal, 42.5 m in all",
      },
      ru: {
        title: "«Защитникам Советского Заполярья в годы Великой Отечественной войны» («Алёша»)",
        aliases: ["Алёша", "Алеша", "Мурманский Алёша"],
        summary: "Солдат с автоматом за плечом на сопке Зелёный мыс над Мурманском, обращённый на запад, откуда пришла война.",
        description:
          "Мемориал посвящён солдатам, морякам и лётчикам, защищавшим Советское Заполярье. Он открыт к 30-летию разгрома немецких войск в Заполярье; рядом горит Вечный огонь.",
        placeName: "Сопка Зелёный мыс, Мурманск, Россия",
        authors: "И. Д. Бродский (скульптор), И. А. Покровский (архитектор)",
        dimensions: "Статуя 35,5 м на 7-метровом постаменте, общая высота 42,5 м",
      },
    },
    citations: [
      ...cite("wiki-alyosha", "title", "date", "authors", "dimensions", "description"),
      ...cite("citymurmansk-alyosha", "date", "place", "authors", "description"),
      ...cite("uvisitrussia-alyosha", "dimensions", "place"),
      ...cite("dook-alyosha", "coordinates"),
    ],
  },
  {
    slug: "rear-to-the-front-magnitogorsk",
    kind: "memorial",
    status: published,
    date: "1979-06-28/1979-06-29",
    latitude: 53.40722,
    longitude: 58.9925,
    countryCode: "RU",
    translations: {
      en: {
        title: '"Rear to the Front", Magnitogorsk',
        aliases: ["Rear-front Memorial", "Rear to the Front", "Rear and Front"],
        summary: "A worker hands a sword to a soldier: the home front's part in the victory, in the steel town of Magnitogorsk.",
        description:
          "The worker faces east, towards the Magnitogorsk Iron and Steel Works, and the soldier west, towards the front. The monument is the first part of a triptych: the sword forged in the Urals is raised by The Motherland Calls in Volgograd and lowered by the Warrior-Liberator in Treptower Park, Berlin. It was opened on 28–29 June 1979, for the town's 50th anniversary.",
        placeName: "Victory Park, right bank of the Ural, Magnitogorsk, Russia",
        authors: "L. N. Golovnitsky (sculptor), Ya. B. Belopolsky (architect)",
        dimensions: "Bronze group 15 m high on an 18 m artificial hill",
      },
      ru: {
        title: "«Тыл — фронту», Магнитогорск",
        aliases: ["Тыл — фронту", "Тыл и фронт"],
        summary: "Рабочий передаёт меч воину: вклад тыла в Победу, в городе металлургов Магнитогорске.",
        description:
          "Рабочий обращён на восток, к Магнитогорскому металлургическому комбинату, воин — на запад, к фронту. Монумент — первая часть триптиха: меч, выкованный на Урале, поднимает «Родина-мать зовёт!» в Волгограде и опускает «Воин-освободитель» в берлинском Трептов-парке. Открыт 28–29 июня 1979 года, к 50-летию города.",
        placeName: "Парк Победы, правый берег Урала, Магнитогорск, Россия",
        authors: "Л. Н. Головницкий (скульптор), Я. Б. Белопольский (архитектор)",
        dimensions: "Бронзовая группа высотой 15 м на 18-метровом насыпном холме",
      },
    },
    citations: [
      {
        sourceKey: "geometki-rear-front",
        field: "date",
        note: both("Opened over two days, 28–29 June 1979.", "Открыт в течение двух дней, 28–29 июня 1979 года."),
      },
      {
        sourceKey: "brilliant-rear-front",
        field: "date",
        note: both("Gives the grand opening as 29 June 1979.", "Называет датой торжественного открытия 29 июня 1979 года."),
      },
      ...cite("brilliant-rear-front", "title", "authors", "dimensions", "description", "place"),
      ...cite("geometki-rear-front", "place", "description", "authors"),
      ...cite("sprashivalka-rear-front", "dimensions"),
      ...cite("livingheritage-rear-front", "description", "dimensions"),
      ...cite("ask3-rear-front", "coordinates", "title"),
    ],
  },
  {
    slug: "soldier-and-sailor-sevastopol",
    kind: "memorial",
    status: published,
    date: "2007-05-08",
    translations: {
      en: {
        title: "Monument to the Soldier and the Sailor, Sevastopol",
        aliases: ["Soldier and Sailor", "Monument to Sailor and Soldier", "Victory Memorial on Cape Khrustalny"],
        summary: "A 40 m soldier and sailor on Cape Khrustalny, in honour of those who fought in the Second World War.",
        description:
          "Decided on in 1972, the memorial was begun in the early 1980s (the accounts give 1981 and 1982), left unfinished when money ran out in 1988–1989 and resumed in 2004; it was opened, and its Eternal Flame lit, on 8 May 2007. It is not to be confused with the obelisk to the Hero City, “Bayonet and Sail”, close by. Crimea's status is disputed: Russia annexed it in 2014, while the UN General Assembly affirmed Ukraine's territorial integrity and called the annexation referendum invalid; no country is recorded for this entry.",
        placeName: "Cape Khrustalny, Sevastopol, Crimea",
        locationNote: "Its exact point has not been verified, so it is not on the map.",
        authors:
          "N. Zharikov (project lead); S. Voytsekhovsky, V. Klimik (authors); K. Sidorov (architect); G. Petroshevich, O. Suprun, E. Belostotsky (sculptors); A. Umansky (engineer)",
        dimensions: "40 m",
      },
      ru: {
        title: "Памятник «Солдату и Матросу», Севастополь",
        aliases: ["Солдат и Матрос", "Мемориал Победы на мысе Хрустальном"],
        summary: "Сорокаметровые солдат и матрос на мысе Хрустальном, в честь воинов Второй мировой войны.",
        description:
          "Решение о мемориале было принято в 1972 году, строить его начали в начале 1980-х (по разным данным, в 1981 или 1982 году), в 1988–1989 годах из-за нехватки денег работы остановили и возобновили в 2004 году; открыт, и Вечный огонь зажжён, 8 мая 2007 года. Не путать с расположенным рядом обелиском городу-герою «Штык и парус». Статус Крыма оспаривается: в 2014 году Россия присоединила его, а Генеральная Ассамблея ООН подтвердила территориальную целостность Украины и признала референдум о присоединении недействительным; страна для этой записи не указана.",
        placeName: "Мыс Хрустальный, Севастополь, Крым",
        locationNote: "Точная точка не проверена, поэтому памятника нет на карте.",
        authors:
          "Н. Жариков (руководитель проекта); С. Войцеховский, В. Климик (авторы); К. Сидоров (архитектор); Г. Петрошевич, О. Супрун, Э. Белостоцкий (скульпторы); А. Уманский (инженер)",
        dimensions: "40 м",
      },
    },
    citations: [
      ...cite("varikoz24-khrustalny", "title", "date", "dimensions", "description", "place"),
      ...cite("sunnycrimea-victory-memorial-2007", "date", "description"),
      {
        sourceKey: "touristportal-soldier-sailor",
        field: "authors",
        note: both(
          "The only description of the authors found: one tourist guide.",
          "Единственное найденное описание авторов: туристический путеводитель.",
        ),
      },
      ...cite("touristportal-soldier-sailor", "description"),
      ...cite("unga-68-262", "description"),
    ],
  },
  {
    slug: "victory-park-poklonnaya-gora",
    kind: "memorial",
    status: published,
    date: "1995-05-09",
    latitude: 55.73167,
    longitude: 37.50667,
    countryCode: "RU",
    translations: {
      en: {
        title: "Victory Park on Poklonnaya Hill",
        aliases: ["Poklonnaya Gora", "Poklonnaya Hill", "Victory Park, Moscow", "Victory Monument, Moscow"],
        summary: "The Moscow memorial complex of the victory in the Great Patriotic War, with its 141.8 m obelisk and the Victory Museum.",
        description:
          "A sign promising a monument to the victory was set on the hill on 23 February 1958; building began in 1983, and the complex opened on 9 May 1995, the 50th anniversary of the victory. The obelisk carries a figure of Nike at 104 m and has St George slaying the dragon at its foot.",
        placeName: "Moscow, Russia",
        locationNote: "The point of Poklonnaya Hill on Victors' Square, where the obelisk stands.",
        authors:
          "Obelisk: Zurab Tsereteli (sculptor), Leonid Vavakin and Vladimir Budaev (architects); museum: Anatoly Polyansky (architect)",
        dimensions: "Obelisk 141.8 m: 10 cm for each day of the war",
      },
      ru: {
        title: "Парк Победы на Поклонной горе",
        aliases: ["Поклонная гора", "Монумент Победы"],
        summary: "Московский мемориальный комплекс Победы в Великой Отечественной войне с обелиском высотой 141,8 м и Музеем Победы.",
        description:
          "Знак, обещающий памятник Победе, установлен на горе 23 февраля 1958 года; строительство началось в 1983 году, комплекс открыт 9 мая 1995 года, к 50-летию Победы. На высоте 104 м на обелиске — фигура Ники, у подножия — Георгий Победоносец, поражающий змея.",
        placeName: "Москва, Россия",
        locationNote: "Точка Поклонной горы на площади Победителей, где стоит обелиск.",
        authors:
          "Обелиск: Зураб Церетели (скульптор), Леонид Вавакин и Владимир Будаев (архитекторы); музей: Анатолий Полянский (архитектор)",
        dimensions: "Обелиск 141,8 м: по 10 см на каждый день войны",
      },
    },
    citations: [
      ...cite("gbumac-victory-monument", "title", "date", "authors", "dimensions", "description"),
      ...cite("russiapedia-poklonnaya", "date", "description", "authors", "place"),
      ...cite("nearbywiki-poklonnaya", "coordinates", "place"),
    ],
  },
  {
    slug: "victory-museum-moscow",
    kind: "memorial",
    status: published,
    date: "1995-05-09",
    latitude: 55.73056,
    longitude: 37.50389,
    countryCode: "RU",
    translations: {
      en: {
        title: "Victory Museum",
        aliases: ["Museum of the Great Patriotic War, Moscow", "Central Museum of the Great Patriotic War"],
        summary: "The museum of the Great Patriotic War in Victory Park, Moscow.",
        description: "Work on the museum began on 3 March 1986; it opened on 9 May 1995. Its director in 2020 was Alexander Shkolnik.",
        placeName: "Victory Park, Moscow, Russia",
        authors: "Anatoly Polyansky (architect)",
      },
      ru: {
        title: "Музей Победы",
        aliases: ["Центральный музей Великой Отечественной войны"],
        summary: "Музей Великой Отечественной войны в Парке Победы в Москве.",
        description: "Работы над музеем начались 3 марта 1986 года; открыт 9 мая 1995 года. Директором в 2020 году был Александр Школьник.",
        placeName: "Парк Победы, Москва, Россия",
        authors: "Анатолий Полянский (архитектор)",
      },
    },
    citations: [
      ...cite("wiki-museum-great-patriotic-war", "title", "date", "coordinates", "authors", "description", "place"),
      ...cite("news-rzhev-installation-2020", "description"),
    ],
  },
  {
    slug: "piskaryovskoye-memorial-cemetery",
    kind: "memorial",
    status: published,
    date: "1960-05-09",
    latitude: 59.9969,
    longitude: 30.4214,
    countryCode: "RU",
    translations: {
      en: {
        title: "Piskaryovskoye Memorial Cemetery",
        aliases: ["Piskarevskoye Memorial Cemetery", "Piskarev Memorial Cemetery"],
        summary: "The main burial ground of the people of Leningrad who died during the siege and of the soldiers of the Leningrad Front.",
        description:
          "An Eternal Flame marks the entrance; a 480 m alley leads across the field of mass graves to the bronze Motherland standing before a granite wall with lines by Olga Berggolts.",
        placeName: "Avenue of the Unvanquished, St Petersburg, Russia",
        authors: "A. V. Vasilyev, E. A. Levinson (architects); Motherland statue: V. V. Isaeva, R. K. Taurit (sculptors)",
        dimensions: "26 ha, 186 mass graves; Motherland statue 6 m",
      },
      ru: {
        title: "Пискарёвское мемориальное кладбище",
        aliases: ["Пискаревское кладбище", "Пискарёвское кладбище"],
        summary: "Главное место захоронения ленинградцев, погибших в блокаду, и воинов Ленинградского фронта.",
        description:
          "У входа горит Вечный огонь; 480-метровая аллея ведёт через поле братских могил к бронзовой «Матери-Родине» перед гранитной стеной со стихами Ольги Берггольц.",
        placeName: "Проспект Непокорённых, Санкт-Петербург, Россия",
        authors: "А. В. Васильев, Е. А. Левинсон (архитекторы); «Мать-Родина»: В. В. Исаева, Р. К. Таурит (скульпторы)",
        dimensions: "26 га, 186 братских могил; «Мать-Родина» высотой 6 м",
      },
    },
    citations: [
      ...cite("encspb-piskarevskoe", "title", "date", "authors", "dimensions", "description", "place"),
      ...cite("wiki-piskaryovskoye", "coordinates", "date", "description", "place"),
    ],
  },
];
