import type { SourceInput } from "@/lib/validation/source";
import { both, CHECKED_ON } from "../editorial";

/** The Rzhev Memorial, its building and opening, and the battles near Rzhev. */
export const RZHEV_SOURCES: SourceInput[] = [
  {
    key: "wiki-rzhev-memorial",
    title: "Rzhev Memorial to the Soviet Soldier",
    language: "en",
    url: "https://en.wikipedia.org/wiki/Rzhev_Memorial_to_the_Soviet_Soldier",
    publisher: "Wikipedia",
    accessedOn: CHECKED_ON,
    note: both(
      "English Wikipedia: the authors, the 25 m statue on a 10 m mound, building from January to early May 2020, the opening on 30 June 2020.",
      "Английская Википедия: авторы, 25-метровая статуя на 10-метровом холме, строительство с января до начала мая 2020 года, открытие 30 июня 2020 года.",
    ),
  },
  {
    key: "wiki7-rzhev-memorial",
    title: "Rzhev minnesmärke (Ржевский мемориал)",
    language: "sv",
    url: "https://sv.wiki7.org/wiki/%D0%A0%D0%B6%D0%B5%D0%B2%D1%81%D0%BA%D0%B8%D0%B9_%D0%BC%D0%B5%D0%BC%D0%BE%D1%80%D0%B8%D0%B0%D0%BB",
    publisher: "wiki7.org",
    accessedOn: CHECKED_ON,
    note: both(
      "A Swedish translation of the Russian Wikipedia article; gives the memorial's point, 56°13′07″ N 34°15′46″ E, and its authors.",
      "Шведский перевод статьи русской Википедии; даёт координаты мемориала, 56°13′07″ с. ш. 34°15′46″ в. д., и его авторов.",
    ),
  },
  {
    key: "russiatrek-rzhev-memorial",
    title: "Rzhev Memorial to the Soviet Soldier",
    language: "en",
    url: "https://russiatrek.org/blog/history/rzhev-memorial-to-the-soviet-soldier/",
    publisher: "RussiaTrek.org",
    accessedOn: CHECKED_ON,
    note: both(
      "Travel blog: about 7 km south-west of Rzhev; 25 m figure on a 10 m mound, 35 cranes, a 55 m alley, 17,660 names, 4 ha.",
      "Туристический блог: примерно в 7 км к юго-западу от Ржева; фигура 25 м на 10-метровом холме, 35 журавлей, аллея 55 м, 17 660 имён, 4 га.",
    ),
  },
  {
    key: "may9-rzhev-opening",
    title: "Putin and Lukashenko open the Rzhev Memorial to the Soviet Soldier in the Tver region",
    language: "en",
    url: "https://webcf.waybackmachine.org/web/20200717044048/https://eng.may9.ru/news/otkritie_rzhevskogo_memoriala_putin_i_lukashenko",
    publisher: "eng.may9.ru (archived copy)",
    accessedOn: CHECKED_ON,
    note: both(
      "The opening by the presidents of Russia and Belarus; the veterans' initiative; the competition won by Andrei Korobtsov and Konstantin Fomin; who carried out and supported the project.",
      "Открытие мемориала президентами России и Беларуси; инициатива ветеранов; конкурс, который выиграли Андрей Коробцов и Константин Фомин; кто осуществил и поддержал проект.",
    ),
  },
  {
    key: "100dorog-rzhev-opening",
    title: "«Я убит подо Ржевом, в безымянном болоте» — Ржевский мемориал Советскому солдату",
    language: "ru",
    url: "https://100dorog.ru/club/video/item/7164800",
    publisher: "100dorog.ru",
    accessedOn: CHECKED_ON,
    note: both(
      "Travel site: the opening was planned for 9 May 2020, moved to 22 June because of COVID-19, then to 30 June 2020.",
      "Туристический сайт: открытие планировалось на 9 мая 2020 года, из-за COVID-19 было перенесено на 22 июня, затем на 30 июня 2020 года.",
    ),
  },
  {
    key: "cis-rzhev-branch",
    title: "Ржевский мемориал Советскому солдату посетило свыше 300 тысяч человек",
    language: "ru",
    url: "https://cis.minsk.by/news/print/16869",
    publisher: "Исполнительный комитет СНГ",
    accessedOn: CHECKED_ON,
    note: both(
      "CIS Executive Committee news, citing the Russian Military Historical Society: the memorial has become a branch of the Victory Museum.",
      "Новость Исполнительного комитета СНГ со ссылкой на Российское военно-историческое общество: мемориал стал филиалом Музея Победы.",
    ),
  },
  {
    key: "tass-rzhev-liberation-80",
    title: "Юбилею освобождения Ржева посвятили выставку",
    language: "ru",
    url: "https://dzen.ru/news/story/c49b8db5-9f9a-5db6-9e53-ce7bb4c92d1f",
    publisher: "Дзен.Новости (ТАСС, ГТРК «Тверь»)",
    accessedOn: CHECKED_ON,
    note: both(
      "News story quoting TASS: Rzhev was liberated on 3 March 1943; the battles near Rzhev lasted from 8 January 1942 to 31 March 1943.",
      "Сюжет с цитатами ТАСС: Ржев освобождён 3 марта 1943 года; бои подо Ржевом шли с 8 января 1942 года по 31 марта 1943 года.",
    ),
  },
  {
    key: "wiki-operation-mars",
    title: "Operation Mars",
    language: "en",
    url: "https://en.wikipedia.org/wiki/Operation_Mars",
    publisher: "Wikipedia",
    accessedOn: CHECKED_ON,
    note: both(
      "English Wikipedia: 25 November – 20 December 1942, around the Rzhev salient; one of the battles of Rzhev.",
      "Английская Википедия: 25 ноября — 20 декабря 1942 года, на Ржевском выступе; одно из сражений Ржевской битвы.",
    ),
  },
  {
    key: "perceptio-rzhev-town",
    title: "Rschew (Ржев)",
    language: "de",
    url: "https://perceptiode.com/%D0%A0%D0%B6%D0%B5%D0%B2",
    publisher: "perceptiode.com",
    accessedOn: CHECKED_ON,
    note: both(
      "A German translation of the Russian Wikipedia article on the town: 56°15′56″ N 34°19′39″ E, Tver Region, on the Volga.",
      "Немецкий перевод статьи русской Википедии о городе: 56°15′56″ с. ш. 34°19′39″ в. д., Тверская область, на Волге.",
    ),
  },
];
