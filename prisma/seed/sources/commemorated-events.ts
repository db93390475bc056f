import type { SourceInput } from "@/lib/validation/source";
import { both, CHECKED_ON } from "../editorial";

/** The battles and other events the memorials commemorate, and the places they are shown at. */
export const COMMEMORATED_EVENT_SOURCES: SourceInput[] = [
  {
    key: "mailru-stalingrad-2026",
    title: "News Mail: 2 February, a Day of Military Glory of Russia (the Battle of Stalingrad)",
    language: "en",
    url: "https://news.mail.ru/society/69647553/",
    publisher: "Новости Mail",
    accessedOn: CHECKED_ON,
    note: both(
      "The headline is not recorded; the title describes the item (2 February 2026). The battle lasted 200 days, from 17 July 1942 to 2 February 1943, on the Don and the Volga and in Stalingrad itself.",
      "Заголовок не записан; название описывает сообщение (2 февраля 2026 года). Битва длилась 200 дней, с 17 июля 1942 года по 2 февраля 1943 года, на Дону и Волге и в самом Сталинграде.",
    ),
  },
  {
    key: "mailru-leningrad-siege-2026",
    title: "News Mail, 27 January 2026: the siege of Leningrad",
    language: "en",
    url: "https://news.mail.ru/society/69575947/",
    publisher: "Новости Mail",
    accessedOn: CHECKED_ON,
    note: both(
      "The headline is not recorded; the title describes the item. The siege lasted 872 days, from 8 September 1941 to 27 January 1944; it was broken on 18 January 1943 in Operation Iskra.",
      "Заголовок не записан; название описывает сообщение. Блокада продолжалась 872 дня, с 8 сентября 1941 года по 27 января 1944 года; 18 января 1943 года она была прорвана в ходе операции «Искра».",
    ),
  },
  {
    key: "toreents-arctic",
    title: "Битва за Заполярье. Вклад советских войск в освобождение Норвегии",
    language: "ru",
    url: "http://toreents.ru/herpes/bitva-za-zapolyare-vklad-sovetskih-voisk-v-osvobozhdenie-norvegii-srazheniya.html",
    publisher: "toreents.ru (quoting Russian Wikipedia)",
    accessedOn: CHECKED_ON,
    note: both(
      "The fighting of the Northern and Karelian Fronts and the Northern Fleet against German and Finnish troops on the Kola Peninsula, in northern Karelia and on the northern seas, June 1941 to October 1944; Murmansk was named a Hero City on 6 May 1985.",
      "Боевые действия Северного и Карельского фронтов и Северного флота против немецких и финских войск на Кольском полуострове, в Северной Карелии и на северных морях в июне 1941 — октябре 1944 года; 6 мая 1985 года Мурманску присвоено звание города-героя.",
    ),
  },
  {
    key: "tblit-sevastopol-defence",
    title: "Сколько штурмов пережил Севастополь?",
    language: "ru",
    url: "https://tblit.ru/faq/sobytiya/skolko-shturmov-perejil-sevastopol",
    publisher: "tblit.ru",
    accessedOn: CHECKED_ON,
    note: both(
      "The defence of Sevastopol lasted 250 days, from 30 October 1941 to 4 July 1942, through three German assaults.",
      "Оборона Севастополя длилась 250 дней, с 30 октября 1941 года по 4 июля 1942 года, и выдержала три немецких штурма.",
    ),
  },
  {
    key: "voynablog-sevastopol-1942",
    title: "Падение Севастополя летом 1942 года",
    language: "ru",
    url: "https://voynablog.ru/2013/03/25/padenie-sevastopolya-letom-1942-goda/",
    publisher: "voynablog.ru",
    accessedOn: CHECKED_ON,
    note: both(
      "The third assault lasted from 2 June to 4 July 1942, when the Germans took Sevastopol.",
      "Третий штурм продолжался со 2 июня по 4 июля 1942 года, когда немцы овладели Севастополем.",
    ),
  },
  {
    key: "ncrim-sapun-gora",
    title: "В Севастополе снова взяли Сапун-гору",
    language: "ru",
    url: "http://ncrim.ru/news/view/08-05-2016-v-sevastopole-proshla-masshtabnaya-rekonstrukciya-boya-na-sapun-gore-7-maya-1944-goda",
    publisher: "ncrim.ru",
    accessedOn: CHECKED_ON,
    note: both(
      "Soviet troops stormed Sapun Mountain on 7 May 1944 and had freed Sevastopol completely on 9 May 1944.",
      "Советские войска штурмовали Сапун-гору 7 мая 1944 года и 9 мая 1944 года полностью освободили Севастополь.",
    ),
  },
  {
    key: "perceptio-nakhimov-square-memorial",
    title: "Memorial în onoarea eroilor celei de-a doua apărări a Sevastopolului",
    language: "ro",
    url: "https://perceptioro.com/%D0%9C%D0%B5%D0%BC%D0%BE%D1%80%D0%B8%D0%B0%D0%BB_%D0%B2_%D1%87%D0%B5%D1%81%D1%82%D1%8C_%D0%B3%D0%B5%D1%80%D0%BE%D0%B5%D0%B2_%D0%B2%D1%82%D0%BE%D1%80%D0%BE%D0%B9_%D0%BE%D0%B1%D0%BE%D1%80%D0%BE%D0%BD%D1%8B_%D0%A1%D0%B5%D0%B2%D0%B0%D1%81%D1%82%D0%BE%D0%BF%D0%BE%D0%BB%D1%8F",
    publisher: "perceptioro.com (a Romanian translation of Russian Wikipedia)",
    accessedOn: CHECKED_ON,
    note: both(
      "The memorial to the heroes of the second defence of Sevastopol on Nakhimov Square in the city centre: 44°36′58″ N 33°31′27″ E; the defence lasted 250 days, with German assaults in November and December 1941 and June 1942.",
      "Мемориал героям второй обороны Севастополя на площади Нахимова в центре города: 44°36′58″ с. ш. 33°31′27″ в. д.; оборона длилась 250 дней, немецкие штурмы — в ноябре и декабре 1941 года и в июне 1942 года.",
    ),
  },
  {
    key: "soldatini-battle-of-berlin",
    title: "Battle of Berlin",
    language: "en",
    url: "https://www.soldatini.eu/2020/04/battle-of-berlin.html",
    publisher: "soldatini.eu",
    accessedOn: CHECKED_ON,
    note: both(
      "The Battle of Berlin lasted from 16 April to 2 May 1945: two Soviet fronts attacked from the east and south, a third north of the city.",
      "Битва за Берлин длилась с 16 апреля по 2 мая 1945 года: два советских фронта наступали с востока и юга, третий — севернее города.",
    ),
  },
  {
    key: "worldwariihist-battle-of-berlin",
    title: "Battle of Berlin",
    language: "en",
    url: "http://worldwariihist.yolasite.com/battle-of-berlin.php",
    publisher: "worldwariihist.yolasite.com (after English Wikipedia)",
    accessedOn: CHECKED_ON,
    note: both(
      "The Soviet Berlin Strategic Offensive Operation began on 16 April 1945; the city's defenders surrendered on 2 May.",
      "Берлинская стратегическая наступательная операция началась 16 апреля 1945 года; защитники города капитулировали 2 мая.",
    ),
  },
  {
    key: "cleancopy-great-patriotic-war",
    title: "Великая Отечественная война",
    language: "ru",
    url: "https://cleancopy.ru/different/velikaya-otechestvennaya-vojna/",
    publisher: "cleancopy.ru",
    accessedOn: CHECKED_ON,
    note: both(
      "The Great Patriotic War is the part of the Second World War in which the Soviet Union fought Nazi Germany and its allies, from 22 June 1941 to 9 May 1945.",
      "Великая Отечественная война — период Второй мировой войны, когда Советский Союз воевал с нацистской Германией и её союзниками, с 22 июня 1941 года по 9 мая 1945 года.",
    ),
  },
  {
    key: "nalchik-great-patriotic-war",
    title: "Великая Отечественная война началась 22 июня 1941 года и продолжалась 1418 дней и ночей",
    language: "ru",
    url: "https://nalchik-news.net/incident/2024/05/08/49216.html",
    publisher: "nalchik-news.net (after the Interior Ministry of Kabardino-Balkaria)",
    accessedOn: CHECKED_ON,
    note: both(
      "The war lasted 1,418 days from 22 June 1941; the Soviet Union's total human losses were about 26.6 million according to the Russian Defence Ministry.",
      "Война продолжалась 1418 дней с 22 июня 1941 года; общие людские потери СССР, по данным Министерства обороны России, — около 26,6 миллиона человек.",
    ),
  },
  {
    key: "wiki-almaty",
    title: "Almaty",
    language: "en",
    url: "https://simple.wikipedia.org/wiki/Almaty",
    publisher: "Simple English Wikipedia",
    accessedOn: CHECKED_ON,
    note: both(
      "Read through a proxy copy: the city's point, 43°16′39″ N 76°53′45″ E; formerly Alma-Ata; the largest city of Kazakhstan.",
      "Прочитана через прокси-копию: координаты города, 43°16′39″ с. ш. 76°53′45″ в. д.; прежде Алма-Ата; крупнейший город Казахстана.",
    ),
  },
];
