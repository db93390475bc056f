import type { SourceInput } from "@/lib/validation/source";
import { both, CHECKED_ON } from "../editorial";

/** The memorial complexes the Rzhev news item names as its peers. */
export const NAMED_MEMORIAL_SOURCES: SourceInput[] = [
  {
    key: "wiki-motherland-calls",
    title: "The Motherland Calls",
    url: "https://en.wikipedia.org/wiki/The_Motherland_Calls",
    publisher: "Wikipedia",
    accessedOn: CHECKED_ON,
    note: both(
      "English Wikipedia, read through a mirror copy (review.clateway.com): unveiled 15 October 1967; designed by Yevgeny Vuchetich, Yakov Belopolsky and Nikolai Nikitin; 85 m.",
      "Английская Википедия, прочитана через зеркальную копию (review.clateway.com): открыт 15 октября 1967 года; авторы Евгений Вучетич, Яков Белопольский, Николай Никитин; 85 м.",
    ),
  },
  {
    key: "trwiki-motherland-calls",
    title: "Anavatan Çağırıyor",
    url: "https://tr.wikipedia.org/wiki/Anavatan_%C3%87a%C4%9F%C4%B1r%C4%B1yor",
    publisher: "Wikipedia",
    accessedOn: CHECKED_ON,
    note: both(
      "Turkish Wikipedia, read through a proxy copy: 48.74222° N 44.53694° E; 85 m with the 33 m sword; dedicated to the Battle of Stalingrad; part of a triptych with the Berlin memorial (1949) and the Magnitogorsk monument (1979).",
      "Турецкая Википедия, прочитана через прокси-копию: 48,74222° с. ш. 44,53694° в. д.; 85 м вместе с 33-метровым мечом; посвящён Сталинградской битве; часть триптиха с берлинским мемориалом (1949) и магнитогорским монументом (1979).",
    ),
  },
  {
    key: "geomerid-motherland-calls",
    title: "The Motherland Calls in Mamaev Kurgan",
    url: "https://geomerid.com/en/place/the-motherland-calls-in-mamaev-kurgan-travel-attractions/overview/",
    publisher: "geomerid.com",
    accessedOn: CHECKED_ON,
    note: both(
      "Travel guide: the statue stands on the top of Mamayev Kurgan, where the fiercest fighting took place in the autumn of 1942; built from 1959 to 1967.",
      "Путеводитель: статуя стоит на вершине Мамаева кургана, где осенью 1942 года шли самые ожесточённые бои; строилась с 1959 по 1967 год.",
    ),
  },
  {
    key: "wiki-alyosha",
    title: "Alyosha Monument, Murmansk",
    url: "https://en.wikipedia.org/wiki/Alyosha_Monument,_Murmansk",
    publisher: "Wikipedia",
    accessedOn: CHECKED_ON,
    note: both(
      "English Wikipedia: the official name, opened 19 October 1974, architect I. A. Pokrovsky, sculptor I. D. Brodsky; a 35.5 m statue on a 7 m pedestal; dedicated to the Soviet soldiers, sailors and airmen of the war.",
      "Английская Википедия: официальное название, открыт 19 октября 1974 года, архитектор И. А. Покровский, скульптор И. Д. Бродский; статуя 35,5 м на 7-метровом постаменте; посвящён советским солдатам, морякам и лётчикам.",
    ),
  },
  {
    key: "citymurmansk-alyosha",
    title: "Memorial to defenders of Soviet Arctic during the Great Patriotic War (Alyosha)",
    url: "https://tour.citymurmansk.ru/en/interesting-places/16-sights-of-a-city-of-murmansk/255-memorial-to-deferenders-of-soviet-arctic-during-the-great-patriotic-war-alyosha",
    publisher: "City of Murmansk tourist portal",
    accessedOn: CHECKED_ON,
    note: both(
      "Opened on 19 October 1974 on Green Cape Hill, for the 30th anniversary of the defeat of the German troops in the Arctic; architect I. A. Pokrovsky, sculptor I. D. Brodsky.",
      "Открыт 19 октября 1974 года на сопке Зелёный мыс к 30-летию разгрома немецких войск в Заполярье; архитектор И. А. Покровский, скульптор И. Д. Бродский.",
    ),
  },
  {
    key: "uvisitrussia-alyosha",
    title: 'Memorial "Defenders of the Soviet Arctic" ("Alyosha")',
    url: "https://uvisitrussia.com/news/alyosha-murmansk.html",
    publisher: "uvisitrussia.com",
    accessedOn: CHECKED_ON,
    note: both(
      "Travel site: 42.5 m in all, 35.5 m without the pedestal, on Green Cape, the highest hill of Murmansk.",
      "Туристический сайт: общая высота 42,5 м, без постамента 35,5 м, на Зелёном мысе, самой высокой сопке Мурманска.",
    ),
  },
  {
    key: "dook-alyosha",
    title: "Alyosha Monument: Monument of the Defenders of the Soviet Arctic during the Great Patriotic War",
    url: "https://dookinternational.com/poi/alyosha-monument-monument-of-the-defenders-of-the-soviet-arctic-during-the-great-patriotic-war/8710",
    publisher: "Dook International",
    accessedOn: CHECKED_ON,
    note: both(
      "Travel site giving the monument's point: 68.992966° N 33.07081° E.",
      "Туристический сайт с координатами памятника: 68,992966° с. ш. 33,07081° в. д.",
    ),
  },
  {
    key: "brilliant-rear-front",
    title: 'Monument "Rear - Front" description and photo - Russia - Ural: Magnitogorsk',
    url: "https://brilliant-tourism.com/12511400-monument-rear-front-description-and-photo-russia-ural-magnitogorsk",
    publisher: "brilliant-tourism.com",
    accessedOn: CHECKED_ON,
    note: both(
      "Travel guide: opened on 29 June 1979 in Victory Park on the Ural; sculptor L. N. Golovnitsky, architect Ya. B. Belopolsky; a bronze group on an 18 m artificial hill; the first part of a triptych with The Motherland Calls and the Warrior-Liberator in Treptower Park.",
      "Путеводитель: открыт 29 июня 1979 года в Парке Победы на берегу Урала; скульптор Л. Н. Головницкий, архитектор Я. Б. Белопольский; бронзовая группа на 18-метровом насыпном холме; первая часть триптиха с «Родиной-матерью» и «Воином-освободителем» в Трептов-парке.",
    ),
  },
  {
    key: "geometki-rear-front",
    title: "Тыл - фронту",
    url: "https://geometki.com/en/places/661221a06d0c6",
    publisher: "geometki.com",
    accessedOn: CHECKED_ON,
    note: both(
      "Travel site: opened on 28–29 June 1979 in Victory Park on the right bank of the Ural, for the 50th anniversary of Magnitogorsk; the same authors.",
      "Туристический сайт: открыт 28–29 июня 1979 года в Парке Победы на правом берегу Урала, к 50-летию Магнитогорска; те же авторы.",
    ),
  },
  {
    key: "ask3-rear-front",
    title: "Тыл-фронт Мемориал (Rear-front Memorial)",
    url: "https://arc.ask3.ru/arc/aa/ec/49/ecf858be764d8e94c8056ad272c22a49__translat.html",
    publisher: "ask3.ru",
    accessedOn: CHECKED_ON,
    note: both(
      "A Russian translation of the English Wikipedia article: 53.40722° N 58.99250° E; Lev Golovnitsky and Yakov Belopolsky; the first part of the triptych.",
      "Русский перевод статьи английской Википедии: 53,40722° с. ш. 58,99250° в. д.; Лев Головницкий и Яков Белопольский; первая часть триптиха.",
    ),
  },
  {
    key: "sprashivalka-rear-front",
    title: "Где такие молодцы?",
    url: "https://sprashivalka.com/qa/around-the-world/1768743-%D0%B3%D0%B4%D0%B5-%D1%82%D0%B0%D0%BA%D0%B8%D0%B5-%D0%BC%D0%BE%D0%BB%D0%BE%D0%B4%D1%86%D1%8B",
    publisher: "sprashivalka.com",
    accessedOn: CHECKED_ON,
    note: both(
      "A question-and-answer page quoting the Russian Wikipedia article: bronze and granite, 15 m high.",
      "Страница вопросов и ответов с цитатой из статьи русской Википедии: бронза и гранит, высота 15 м.",
    ),
  },
  {
    key: "livingheritage-rear-front",
    title: "Монумент «Тыл и фронт»",
    url: "http://livingheritage.ru/brand/chelyabinskaya-oblast/monument-tyl-i-front",
    publisher: "livingheritage.ru",
    accessedOn: CHECKED_ON,
    note: both(
      "Heritage site: a symbol of the home front's part in the Victory; with The Motherland Calls (1967) and the Warrior-Liberator in Treptower Park (1949) it forms a triptych; it stands on an 18 m rise by the Ural.",
      "Сайт о наследии: символ вклада тружеников тыла в Победу; вместе с «Родина-мать зовёт!» (1967) и «Воином-освободителем» в Трептов-парке (1949) составляет триптих; стоит на 18-метровой возвышенности у Урала.",
    ),
  },
  {
    key: "varikoz24-khrustalny",
    title: "Мыс Хрустальный",
    url: "https://varikoz24.com/mys-hrustalnyj.html",
    publisher: "varikoz24.com",
    accessedOn: CHECKED_ON,
    note: both(
      "Tourist page: the 40 m “Soldier and Sailor” honours the soldiers of the Second World War; building began in 1982, stopped in 1989 and resumed in 2004; opened, and the Eternal Flame lit, on 8 May 2007.",
      "Туристическая страница: 40-метровый монумент «Солдат и Матрос» в честь воинов Второй мировой войны; строительство начато в 1982 году, остановлено в 1989-м, возобновлено в 2004-м; открыт, и Вечный огонь зажжён, 8 мая 2007 года.",
    ),
  },
  {
    key: "sunnycrimea-victory-memorial-2007",
    title: "8 мая в Севастополе откроют создававшийся 35 лет Мемориал Победы",
    url: "http://www.sunnycrimea.com/crimean-news/posts/246.html",
    publisher: "sunnycrimea.com (after the Sevastopol city state administration)",
    accessedOn: CHECKED_ON,
    note: both(
      "3 May 2007: the Victory Memorial on Cape Khrustalny, dedicated to the Soviet people's victory in the Great Patriotic War, was to open on 8 May; decided in May 1972, stopped in 1988 for want of money, 35 years in the making.",
      "3 мая 2007 года: Мемориал Победы на мысе Хрустальный, посвящённый победе советского народа в Великой Отечественной войне, откроют 8 мая; решение принято в мае 1972 года, в 1988 году строительство прекращено из-за отсутствия финансирования, создание растянулось на 35 лет.",
    ),
  },
  {
    key: "touristportal-soldier-sailor",
    title: 'Memorial "Matrosen und Soldaten"',
    url: "http://touristportalde.eu-gb.mybluemix.net/sevastopol1882/memorial-matrosen-un10351.html",
    publisher: "touristportalde (a German translation of a Russian tourist guide)",
    accessedOn: CHECKED_ON,
    note: both(
      "The only description found of who made the monument: project lead N. Zharikov; authors S. Voytsekhovsky and V. Klimik; architect K. Sidorov; sculptors G. Petroshevich, O. Suprun, E. Belostotsky; engineer A. Umansky; work began in 1981 and stopped in 1988.",
      "Единственное найденное описание авторов памятника: руководитель проекта Н. Жариков; авторы С. Войцеховский и В. Климик; архитектор К. Сидоров; скульпторы Г. Петрошевич, О. Супрун, Э. Белостоцкий; инженер А. Уманский; работы начаты в 1981 году и остановлены в 1988-м.",
    ),
  },
  {
    key: "newspravda-sevastopol-eternal-flame-2024",
    title: "Michail Razvozhaev: Am Denkmal für den Soldaten und Matrosen in Sewastopol wurde wieder ein ewiges Feuer entzündet",
    url: "https://deutsch.news-pravda.com/world/2024/05/08/131465.html",
    publisher: "news-pravda.com",
    accessedOn: CHECKED_ON,
    note: both(
      "A machine translation of a post by Mikhail Razvozhaev, head of Sevastopol's Russian administration, 8 May 2024: the soldier and the sailor embody the army and navy that defended the city.",
      "Машинный перевод записи Михаила Развожаева, главы российской администрации Севастополя, от 8 мая 2024 года: солдат и матрос олицетворяют армию и флот, защищавшие город.",
    ),
  },
  {
    key: "unga-68-262",
    title: "United Nations General Assembly Resolution 68/262",
    url: "https://wikimili.com/en/United_Nations_General_Assembly_Resolution_68%2F262",
    publisher: "WikiMili (a copy of English Wikipedia)",
    accessedOn: CHECKED_ON,
    note: both(
      "Adopted on 27 March 2014 after Russia's annexation of Crimea: it affirmed Ukraine's territorial integrity and called the 2014 Crimean referendum invalid (100 for, 11 against, 58 abstentions).",
      "Принята 27 марта 2014 года после присоединения Крыма к России: подтвердила территориальную целостность Украины и признала крымский референдум 2014 года недействительным (100 голосов за, 11 против, 58 воздержались).",
    ),
  },
  {
    key: "gbumac-victory-monument",
    title: "Victory Monument",
    url: "https://qr.gbumac.ru/en/qr-person-en/victory-monument-on-poklonnaya-gora",
    publisher: "qr.gbumac.ru (Moscow city museum guide)",
    accessedOn: CHECKED_ON,
    note: both(
      "The obelisk on Poklonnaya Hill: sculptor Zurab Tsereteli, architects Leonid Vavakin and Vladimir Budaev; inaugurated on 9 May 1995; 141.8 m, 10 cm for each day of the war; Nike at 104 m.",
      "Обелиск на Поклонной горе: скульптор Зураб Церетели, архитекторы Леонид Вавакин и Владимир Будаев; открыт 9 мая 1995 года; 141,8 м, по 10 см на каждый день войны; Ника на высоте 104 м.",
    ),
  },
  {
    key: "russiapedia-poklonnaya",
    title: "On this day: 23 February",
    url: "https://russiapedia.rt.com/on-this-day/february-23/",
    publisher: "Russiapedia (RT)",
    accessedOn: CHECKED_ON,
    note: both(
      "A memorial sign was placed on Poklonnaya Hill on 23 February 1958; building began in 1983; the complex opened on 9 May 1995; the museum is by the architect Anatoly Polyansky.",
      "Памятный знак на Поклонной горе установлен 23 февраля 1958 года; строительство начато в 1983 году; комплекс открыт 9 мая 1995 года; автор здания музея — архитектор Анатолий Полянский.",
    ),
  },
  {
    key: "nearbywiki-poklonnaya",
    title: "Poklonnaya Hill",
    url: "https://en.nearbywiki.org/detail/2489566",
    publisher: "NearbyWiki (from English Wikipedia)",
    accessedOn: CHECKED_ON,
    note: both(
      "The point of Poklonnaya Hill on Victors' Square, where the obelisk stands: 55.731667° N 37.506667° E.",
      "Точка Поклонной горы на площади Победителей, где стоит обелиск: 55,731667° с. ш. 37,506667° в. д.",
    ),
  },
  {
    key: "wiki-museum-great-patriotic-war",
    title: "Museum of the Great Patriotic War, Moscow",
    url: "https://en.wikipedia.org/wiki/Museum_of_the_Great_Patriotic_War,_Moscow",
    publisher: "Wikipedia",
    accessedOn: CHECKED_ON,
    note: both(
      "English Wikipedia (its point, 55°43′50″ N 37°30′14″ E, read from a mirror copy): also known as the Victory Museum; architect Anatoly Polyansky; opened on 9 May 1995; in Victory Park; director Alexander Shkolnik.",
      "Английская Википедия (координаты 55°43′50″ с. ш. 37°30′14″ в. д. прочитаны по зеркальной копии): он же Музей Победы; архитектор Анатолий Полянский; открыт 9 мая 1995 года; в Парке Победы; директор Александр Школьник.",
    ),
  },
  {
    key: "encspb-piskarevskoe",
    title: "Piskarevskoe Memorial Cemetrey",
    url: "http://www.encspb.ru/object/2804005490?lc=en",
    publisher: "Saint Petersburg Encyclopaedia",
    accessedOn: CHECKED_ON,
    note: both(
      "Architects A. V. Vasilyev and E. A. Levinson; opened on 9 May 1960; 26 ha with 186 mass graves; the 6 m bronze Motherland by V. V. Isaeva and R. K. Taurit.",
      "Архитекторы А. В. Васильев и Е. А. Левинсон; открыто 9 мая 1960 года; 26 га, 186 братских могил; шестиметровая бронзовая «Мать-Родина» работы В. В. Исаевой и Р. К. Таурита.",
    ),
  },
  {
    key: "wiki-piskaryovskoye",
    title: "Piskaryovskoye Memorial Cemetery",
    url: "https://en.wikipedia.org/wiki/Piskarevka",
    publisher: "Wikipedia",
    accessedOn: CHECKED_ON,
    note: both(
      "English Wikipedia (the address redirects to the cemetery's article): 59.9969° N 30.4214° E; dedicated mostly to the victims of the siege of Leningrad; opened on 9 May 1960.",
      "Английская Википедия (адрес ведёт на статью о кладбище): 59,9969° с. ш. 30,4214° в. д.; посвящено главным образом жертвам блокады Ленинграда; открыто 9 мая 1960 года.",
    ),
  },
];
