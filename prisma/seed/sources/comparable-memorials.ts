import type { SourceInput } from "@/lib/validation/source";
import { both, CHECKED_ON } from "../editorial";

/** Further memorial complexes a lesson sets beside the ones the news item names. */
export const COMPARABLE_MEMORIAL_SOURCES: SourceInput[] = [
  {
    key: "newspravda-brest-1971",
    title: 'On September 25, 1971, the memorial complex "Brest Fortress-Hero" was inaugurated',
    url: "https://news-pravda.com/world/2024/09/25/756363.html",
    publisher: "news-pravda.com (InfoDefense)",
    accessedOn: CHECKED_ON,
    note: both(
      "The memorial opened on 25 September 1971; designed by a team led by the sculptor Alexander Kibalnikov; the fortress was named a Hero Fortress in May 1965; the garrison held for about a week, with isolated resistance into late July 1941.",
      "Мемориал открыт 25 сентября 1971 года; проект коллектива под руководством скульптора Александра Кибальникова; звание «крепость-герой» присвоено в мае 1965 года; гарнизон держался около недели, отдельные очаги сопротивления — до конца июля 1941 года.",
    ),
  },
  {
    key: "sb-brest-memorial",
    title: "Symbols which ever remain in our memory",
    url: "https://www.sb.by/articles/symbols-which-ever-remain-in-our-memory.html",
    publisher: "SB. Belarus Segodnya",
    accessedOn: CHECKED_ON,
    note: both(
      "Belarusian state newspaper: the fortress came under fire at 3.15 on 22 June 1941; about four hundred men under Major Pyotr Gavrilov fought on until 30 June; the memorial, by a team headed by Alexander Kibalnikov, was opened in 1971.",
      "Белорусская государственная газета: крепость обстреляна в 3.15 22 июня 1941 года; около четырёхсот бойцов под командованием майора Петра Гаврилова сражались до 30 июня; мемориал работы коллектива во главе с Александром Кибальниковым открыт в 1971 году.",
    ),
  },
  {
    key: "touristportal-brest",
    title: 'The memorial complex "Brest fortress-hero"',
    url: "https://touristportalyen.gitlab.io/brest152/the-memorial-complex4936.html",
    publisher: "touristportal (a translation of a Belarusian tourist guide)",
    accessedOn: CHECKED_ON,
    note: both(
      "Built in 1969–1971 by the sculptors A. Kibalnikov, A. Bembel, V. Bobyl and the architects V. Korol, V. Volchek, V. Zankovich, Yu. Kazakov, O. Stakhovich, G. Sysoev.",
      "Построен в 1969–1971 годах скульпторами А. Кибальниковым, А. Бембелем, В. Бобылем и архитекторами В. Королём, В. Волчеком, В. Занковичем, Ю. Казаковым, О. Стаховичем, Г. Сысоевым.",
    ),
  },
  {
    key: "khatyn-museum",
    title: "Khatyn State Memorial Complex",
    url: "http://khatyn.museum.by/en",
    publisher: "Khatyn State Memorial Complex",
    accessedOn: CHECKED_ON,
    note: both(
      "The museum's own site: on 22 March 1943 the Nazis burned Khatyn with 149 of its inhabitants, 75 of them children; the complex opened on 5 July 1969.",
      "Сайт самого мемориала: 22 марта 1943 года нацисты сожгли Хатынь вместе со 149 жителями, из них 75 детей; комплекс открыт 5 июля 1969 года.",
    ),
  },
  {
    key: "khatyn-by-memorial",
    title: "Memorial complex «Khatyn»",
    url: "https://www.khatyn.by/en/memorial-complex-khatyn",
    publisher: "khatyn.by",
    accessedOn: CHECKED_ON,
    note: both(
      "The design competition of March 1967 was won by the architects Yu. Gradov, V. Zankovich, L. Levin and the sculptor S. Selikhanov. (This page dates the final opening to 5 June 1969; the museum's site gives 5 July.)",
      "Конкурс проектов в марте 1967 года выиграли архитекторы Ю. Градов, В. Занкович, Л. Левин и скульптор С. Селиханов. (Эта страница датирует торжественное открытие 5 июня 1969 года; сайт мемориала — 5 июля.)",
    ),
  },
  {
    key: "frwiki-khatyn",
    title: "Khatyn",
    url: "https://de.frwiki.wiki/wiki/Khatyn",
    publisher: "frwiki.wiki (a German translation of French Wikipedia)",
    accessedOn: CHECKED_ON,
    note: both(
      "The village's point, 54°20′10″ N 27°56′27″ E, in the Lahoysk district, 54 km north-east of Minsk.",
      "Координаты деревни, 54°20′10″ с. ш. 27°56′27″ в. д., Логойский район, в 54 км к северо-востоку от Минска.",
    ),
  },
  {
    key: "holamon-khatyn-massacre",
    title: "Khatyn massacre",
    url: "https://www.holamon.cat/en/khatyn-massacre",
    publisher: "holamon.cat (after English Wikipedia)",
    accessedOn: CHECKED_ON,
    note: both(
      "On 22 March 1943 almost all the villagers were killed by Schutzmannschaft Battalion 118, helped by the Dirlewanger SS battalion, in reprisal for a partisan attack.",
      "22 марта 1943 года почти все жители деревни были убиты 118-м батальоном шуцманшафта при участии батальона СС Дирлевангера в отместку за нападение партизан.",
    ),
  },
  {
    key: "wiki-motherland-kyiv",
    title: "Motherland Monument",
    url: "https://en.wikipedia.org/wiki/Motherland_Monument",
    publisher: "Wikipedia",
    accessedOn: CHECKED_ON,
    note: both(
      "English Wikipedia: 50.426521° N 30.563187° E; designed by Yevgeny Vuchetich and, after his death in 1974, Vasyl Borodai; 102 m overall, the statue 62 m; opened on 9 May 1981; part of the National Museum of the History of Ukraine in the Second World War.",
      "Английская Википедия: 50,426521° с. ш. 30,563187° в. д.; проект Евгения Вучетича, после его смерти в 1974 году — Василия Бородая; общая высота 102 м, статуя 62 м; открыт 9 мая 1981 года; часть Национального музея истории Украины во Второй мировой войне.",
    ),
  },
  {
    key: "destinations-ua-motherland",
    title: "Spectacular Views from Kyiv's Motherland Monument",
    url: "https://destinations.ua/travel/spectacular-views-from-kyivs-motherland-monument",
    publisher: "destinations.ua",
    accessedOn: CHECKED_ON,
    note: both(
      "Travel guide: the statue was first designed by Yevgeny Vuchetich, whose works include The Motherland Calls in Volgograd, and completed by Vasyl Borodai.",
      "Путеводитель: первый проект статуи сделал Евгений Вучетич, автор в том числе «Родина-мать зовёт!» в Волгограде; завершил работу Василий Бородай.",
    ),
  },
  {
    key: "kyivindependent-trident",
    title: "Tryzub replaces hammer and sickle on Motherland statue's shield",
    url: "https://kyivindependent.com/tryzub-replaces-hammer-and-sickle-on-motherland-statues-shield/",
    publisher: "The Kyiv Independent",
    accessedOn: CHECKED_ON,
    note: both(
      "6 August 2023: the trident replaced the Soviet emblem on the shield; the old emblem had been taken down on 1 August.",
      "6 августа 2023 года трезубец заменил советский герб на щите; старый герб был снят 1 августа.",
    ),
  },
  {
    key: "rbc-kyiv-rename",
    title: 'У Києві перейменують монумент "Батьківщина-мати"',
    url: "https://rbc.ua/rus/news/kievi-pereymenuyut-monument-batkivshchina-1690653094.html",
    publisher: "RBC-Ukraine",
    accessedOn: CHECKED_ON,
    note: both(
      "July 2023: the academic council of the National Museum of the History of Ukraine in the Second World War decided to rename the monument «Україна-мати»; the rename needed an order of the Ministry of Culture.",
      "Июль 2023 года: учёный совет Национального музея истории Украины во Второй мировой войне решил переименовать монумент в «Україна-мати»; для этого нужен приказ Министерства культуры.",
    ),
  },
  {
    key: "interfax-kyiv-rename",
    title: 'Рішення про перейменування монумента "Батьківщина-мати" на "Україна-мати" поки що немає',
    url: "https://ua.interfax.com.ua/news/general/931269.html",
    publisher: "Interfax-Ukraine",
    accessedOn: CHECKED_ON,
    note: both(
      "27 August 2023: the acting Minister of Culture said no formal decision on the rename had been made yet, but that the new name should be preferred in use; the emblem works were finished by 23 August.",
      "27 августа 2023 года исполняющий обязанности министра культуры сообщил, что официального решения о переименовании ещё нет, но новому названию следует отдавать предпочтение; работы по замене герба завершены к 23 августа.",
    ),
  },
  {
    key: "wikiorg-zvonnitsa",
    title: "Звонница на Прохоровском поле",
    url: "http://wiki-org.ru/wiki/%D0%97%D0%B2%D0%BE%D0%BD%D0%BD%D0%B8%D1%86%D0%B0_%D0%BD%D0%B0_%D0%9F%D1%80%D0%BE%D1%85%D0%BE%D1%80%D0%BE%D0%B2%D1%81%D0%BA%D0%BE%D0%BC_%D0%BF%D0%BE%D0%BB%D0%B5",
    publisher: "wiki-org.ru (a copy of Russian Wikipedia)",
    accessedOn: CHECKED_ON,
    note: both(
      "51°01′19″ N 36°39′32″ E, 2 km from Prokhorovka on Height 252.2; in memory of the tank battle of 12 July 1943; opened in May 1995; sculptor Vyacheslav Klykov, architect Roman Semerdzhiev, engineer G. Solokhin.",
      "51°01′19″ с. ш. 36°39′32″ в. д., в 2 км от Прохоровки на высоте 252,2; в память о танковом сражении 12 июля 1943 года; открыта в мае 1995 года; скульптор Вячеслав Клыков, архитектор Роман Семерджиев, инженер Г. Солохин.",
    ),
  },
  {
    key: "wikipoints-zvonnitsa",
    title: "Звонница",
    url: "https://wikipoints.ru/point/20",
    publisher: "wikipoints.ru",
    accessedOn: CHECKED_ON,
    note: both(
      "Puts the belfry at 51.01775° N 36.67138° E, about 1 km from the Wikipedia point; 59 m high; opened in May 1995; the same authors.",
      "Помещает звонницу в точку 51,01775° с. ш. 36,67138° в. д., примерно в 1 км от точки Википедии; высота 59 м; открыта в мае 1995 года; те же авторы.",
    ),
  },
  {
    key: "prohorovskoe-pole-zvonnitsa",
    title: "Памятник Победы - Звонница на Прохоровском поле",
    url: "http://old.prohorovskoe-pole.ru/index.php/places/56-memorial-of-victory.html?layout=default&print=1&tmpl=component",
    publisher: "Государственный военно-исторический музей-заповедник «Прохоровское поле»",
    accessedOn: CHECKED_ON,
    note: both(
      "The museum-reserve's own site: the belfry, by V. M. Klykov, is 59 m high; four white stone pylons stand for the four years of the war.",
      "Сайт музея-заповедника: звонница по проекту В. М. Клыкова высотой 59 м; четыре белокаменных пилона олицетворяют четыре года войны.",
    ),
  },
  {
    key: "salaspils-official",
    title: "About Salaspils Memorial",
    url: "https://salaspilsmemorials.lv/en/about-the-memorial/",
    publisher: "Salaspils Memorial",
    accessedOn: CHECKED_ON,
    note: both(
      "The memorial's own site: on the site of the camp the Nazi occupation regime ran in 1941–1944; unveiled in 1967; 25 ha; its architects and sculptors.",
      "Сайт мемориала: на месте лагеря, который нацистский оккупационный режим держал в 1941–1944 годах; открыт в 1967 году; 25 га; его архитекторы и скульпторы.",
    ),
  },
  {
    key: "latvia-travel-salaspils",
    title: "Salaspils Memorial Ensemble",
    url: "https://latvia.travel/en/sight/salaspils-memorial-ensemble",
    publisher: "latvia.travel",
    accessedOn: CHECKED_ON,
    note: both(
      "Latvia's official tourism site: an extended police prison and labour correctional camp of Nazi Germany; more than 20,000 people passed through it; at least 2,000 to 3,000 died there.",
      "Официальный туристический сайт Латвии: расширенная полицейская тюрьма и трудовой воспитательный лагерь нацистской Германии; через него прошли более 20 000 человек; не менее 2000–3000 из них погибли.",
    ),
  },
  {
    key: "flickr-salaspils",
    title: "Salaspils Concentration Camp Memorial. Latvia, Baltic states",
    url: "https://flic.kr/photos/190550837@N04/51924083829/in/gallery-112623317@N03-72157722762058108",
    publisher: "Flickr (quoting English Wikipedia)",
    accessedOn: CHECKED_ON,
    note: both(
      "Quotes Wikipedia: the historians Heinrihs Strods, Andrej Angrick and Peter Klein estimate 2,000–3,000 deaths; the memorial opened on 31 October 1967.",
      "Цитата из Википедии: историки Хейнрихс Стродс, Андрей Ангрик и Петер Кляйн оценивают число погибших в 2000–3000 человек; мемориал открыт 31 октября 1967 года.",
    ),
  },
  {
    key: "geomapedia-salaspils",
    title: "Salaspils concentration camp",
    url: "http://en.geomapedia.org/information/salaspils-concentration-camp.html",
    publisher: "geomapedia.org",
    accessedOn: CHECKED_ON,
    note: both(
      "The camp's point, 56.8744° N 24.3014° E, 18 km south-east of Riga; officially a police prison and work education camp.",
      "Координаты лагеря, 56,8744° с. ш. 24,3014° в. д., в 18 км к юго-востоку от Риги; официально — полицейская тюрьма и трудовой воспитательный лагерь.",
    ),
  },
  {
    key: "gse-salaspils",
    title: "Salaspils",
    url: "http://ed.newdu.com/k2198356.html",
    publisher: "The Great Soviet Encyclopedia, 3rd edition (1970–1979), English translation",
    accessedOn: CHECKED_ON,
    note: both(
      "The Soviet-era account: more than 100,000 people killed in the camp; the memorial built in 1961–1967, Lenin Prize 1970.",
      "Советская версия: в лагере уничтожено более 100 000 человек; мемориал сооружён в 1961–1967 годах, Ленинская премия 1970 года.",
    ),
  },
  {
    key: "wiki-memorial-of-glory-almaty",
    title: "Memorial of Glory (Almaty)",
    url: "https://en.wikipedia.org/wiki/Memorial_of_Glory_(Almaty)",
    publisher: "Wikipedia",
    accessedOn: CHECKED_ON,
    note: both(
      "English Wikipedia: in the Park of 28 Panfilov Guardsmen, for the 30th anniversary of the victory; architects T. K. Basenov, R. A. Seydalin, V. N. Kim; sculptors V. V. Andryushchenko, A. E. Artimovich; opened on 8 May 1975; its central relief shows Panfilov's men who defended Moscow.",
      "Английская Википедия: в парке имени 28 гвардейцев-панфиловцев, к 30-летию Победы; архитекторы Т. К. Басенов, Р. А. Сейдалин, В. Н. Ким; скульпторы В. В. Андрющенко, А. Е. Артимович; открыт 8 мая 1975 года; центральный рельеф изображает панфиловцев, защищавших Москву.",
    ),
  },
  {
    key: "almaty-dostoprim-glory",
    title: "«Glory» Memorial-sculptural complex",
    url: "http://dostoprim.almaty.kz/page.php?page_id=163&lang=2&article_id=605",
    publisher: "dostoprim.almaty.kz",
    accessedOn: CHECKED_ON,
    note: both(
      "Almaty sights guide: the same authors; opened on 8 May 1975, when the Eternal Flame was lit.",
      "Путеводитель по достопримечательностям Алматы: те же авторы; открыт 8 мая 1975 года, тогда же зажжён Вечный огонь.",
    ),
  },
  {
    key: "petersburg24-defenders",
    title: "Monument to the Heroic Defenders of Leningrad",
    url: "https://petersburg24.ru/eng/place/monument-geroicheskim-zashhitnikam-leningrada",
    publisher: "petersburg24.ru",
    accessedOn: CHECKED_ON,
    note: both(
      "Opened on 9 May 1975; architects V. A. Kamensky and S. B. Speransky, sculptor M. K. Anikushin; the front line of 1941–1944 passed close to the square.",
      "Открыт 9 мая 1975 года; архитекторы В. А. Каменский и С. Б. Сперанский, скульптор М. К. Аникушин; рядом с площадью проходил передний край обороны.",
    ),
  },
  {
    key: "encspb-defenders",
    title: "Heroic Defenders of Leningrad, Monument to",
    url: "http://www.encspb.ru/object/2855713000?dv=2853931022&lc=en",
    publisher: "Saint Petersburg Encyclopaedia",
    accessedOn: CHECKED_ON,
    note: both(
      "A 48 m obelisk and 26 bronze figures by M. K. Anikushin; architects S. B. Speransky and V. A. Kamensky. (Its English page dates the opening to 9 June 1975; other sources give 9 May.)",
      "Обелиск высотой 48 м и 26 бронзовых фигур работы М. К. Аникушина; архитекторы С. Б. Сперанский и В. А. Каменский. (Английская страница датирует открытие 9 июня 1975 года, другие источники — 9 мая.)",
    ),
  },
  {
    key: "wiki-victory-square-spb",
    title: "Victory Square, Saint Petersburg",
    url: "https://en.wikipedia.org/wiki/Victory_Square,_Saint_Petersburg",
    publisher: "Wikipedia",
    accessedOn: CHECKED_ON,
    note: both(
      "English Wikipedia: the square's point, 59.842694° N 30.321889° E; the monument on it was erected in 1975.",
      "Английская Википедия: координаты площади, 59,842694° с. ш. 30,321889° в. д.; монумент на ней сооружён в 1975 году.",
    ),
  },
  {
    key: "piglix-treptow",
    title: "Soviet War Memorial (Treptower Park)",
    url: "http://piglix.com/piglix/Soviet_War_Memorial_(Treptower_Park)",
    publisher: "piglix.com (a copy of English Wikipedia)",
    accessedOn: CHECKED_ON,
    note: both(
      "52°29′15″ N 13°28′06″ E; opened on 8 May 1949 for about 5,000 of the Soviet soldiers who fell in the Battle of Berlin; the design of the architect Yakov Belopolsky, the sculptor Yevgeny Vuchetich, the painter Alexander Gorpenko and the engineer Sarra Valerius.",
      "52°29′15″ с. ш. 13°28′06″ в. д.; открыт 8 мая 1949 года в память о 5000 из советских воинов, павших в битве за Берлин; проект архитектора Якова Белопольского, скульптора Евгения Вучетича, художника Александра Горпенко и инженера Сарры Валериус.",
    ),
  },
  {
    key: "europeremembers-treptow",
    title: "Soviet War Memorial Treptow",
    url: "https://old.europeremembers.com/destination/soviet-memorial-treptow",
    publisher: "Europe Remembers",
    accessedOn: CHECKED_ON,
    note: both(
      "Built in 1946–1948 on a former sports field; 100,000 m²; the cemetery of 5,000 Soviet soldiers; the same design team.",
      "Построен в 1946–1948 годах на месте бывшего спортивного поля; 100 000 м²; кладбище 5000 советских воинов; те же авторы.",
    ),
  },
  {
    key: "urban75-treptow",
    title: "Photos of Treptower Park, the Soviet War Memorial in Berlin, Germany",
    url: "https://urban75.org/blog/photos-of-treptower-park-the-soviet-war-memorial-in-berlin-germany",
    publisher: "urban75",
    accessedOn: CHECKED_ON,
    note: both(
      "The soldier with a child and a sword, by Yevgeny Vuchetich, is 12 m tall (other sources give 11.6 m or 13 m).",
      "Фигура воина с ребёнком и мечом работы Евгения Вучетича высотой 12 м (по другим источникам — 11,6 или 13 м).",
    ),
  },
];
