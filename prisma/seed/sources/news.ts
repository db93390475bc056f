import type { SourceInput } from "@/lib/validation/source";
import { both, CHECKED_ON } from "../editorial";

/** The CSTO news page the collection starts from (shared/reference/source-news.txt): the page the Rzhev item is on. */
export const CSTO_RZHEV_PAGE =
  "https://en.odkb-csto.org/75-letie-pobedy/novosti/nachalsya-finalnyy-etap-montazha-tsentralnoy-figury-rzhevskogo-memoriala-sovetskomu-soldatu/";
export const CSTO_SITE = "CSTO (en.odkb-csto.org)";

const tickerNote = (en: string, ru: string) =>
  both(
    `A headline-ticker item shown above every page of the news section of the CSTO's English site, read on the page given; it has no headline or page of its own. ${en}`,
    `Строка бегущей ленты новостей, которая показывается над каждой страницей раздела новостей англоязычного сайта ОДКБ; прочитана на указанной странице, своего заголовка и своей страницы не имеет. ${ru}`,
  );

/** The news items and the reports that confirm or correct them. */
export const NEWS_SOURCES: SourceInput[] = [
  {
    key: "news-rzhev-installation-2020",
    title: "The final stage of the installation of the central figure of the Rzhev Memorial to the Soviet Soldier has begun",
    language: "en",
    url: CSTO_RZHEV_PAGE,
    publisher: CSTO_SITE,
    accessedOn: CHECKED_ON,
    note: both(
      "News item in the section on the 75th anniversary of the Victory of the CSTO's English site, about 30 January 2020; the page shows no publication date.",
      "Новость из раздела о 75-летии Победы англоязычного сайта ОДКБ о событиях 30 января 2020 года; даты публикации на странице нет.",
    ),
  },
  {
    key: "news-csto-almaty-2024",
    title: "CSTO news ticker: the Committee of Secretaries of Security Councils meets in Almaty, 6 June 2024",
    language: "en",
    url: CSTO_RZHEV_PAGE,
    publisher: CSTO_SITE,
    accessedOn: CHECKED_ON,
    note: tickerNote(
      "It reports the meeting in Almaty on 6 June 2024 under Kazakhstan's chairmanship and the Secretary General's report on the situation in the CSTO area of responsibility.",
      "Сообщает о заседании в Алматы 6 июня 2024 года под председательством Казахстана и о докладе генерального секретаря об обстановке в зоне ответственности ОДКБ.",
    ),
  },
  {
    key: "csto-ticker-cronos-commentary",
    title: "CSTO news ticker: the Secretary General's commentary to Cronos.Asia",
    language: "en",
    url: CSTO_RZHEV_PAGE,
    publisher: CSTO_SITE,
    accessedOn: CHECKED_ON,
    note: tickerNote(
      "It reports that Imangali Tasmagambetov spoke to Cronos.Asia about the progress of the negotiations; the commentary itself was not found.",
      "Сообщает, что Имангали Тасмагамбетов рассказал Cronos.Asia о ходе переговоров; сам комментарий не найден.",
    ),
  },
  {
    key: "csto-ticker-mirzoyan",
    title: "CSTO news ticker: Sputnik Armenia on Ararat Mirzoyan and the CSTO Secretary General",
    language: "en",
    url: CSTO_RZHEV_PAGE,
    publisher: CSTO_SITE,
    accessedOn: CHECKED_ON,
    note: tickerNote(
      "It reports, after Sputnik Armenia, that Armenia's Foreign Minister Ararat Mirzoyan said he had excellent relations with Imangali Tasmagambetov.",
      "Сообщает со ссылкой на Sputnik Армения, что министр иностранных дел Армении Арарат Мирзоян назвал свои отношения с Имангали Тасмагамбетовым отличными.",
    ),
  },
  {
    key: "kazinform-csto-2024",
    title: "CSTO Committee of Security Councils' Secretaries holds meeting in Almaty",
    language: "en",
    url: "https://en.inform.kz/news/csto-committee-of-security-councils-secretaries-holds-meeting-in-almaty-5d0b91/",
    publisher: "Kazinform",
    accessedOn: CHECKED_ON,
    note: both(
      "Kazakhstan's state news agency, citing the President's press service: Kazakhstan chaired; the draft programme for the Tajik–Afghan border was approved; the next meeting was set for November 2024 in Astana.",
      "Государственное информационное агентство Казахстана со ссылкой на пресс-службу Акорды: председательствовал Казахстан; одобрен проект программы укрепления таджикско-афганской границы; следующее заседание назначено на ноябрь 2024 года в Астане.",
    ),
  },
  {
    key: "tass-21009021",
    title: "TASS, 6 June 2024: Russia's Security Council Secretary Sergei Shoigu to take part in the CSTO meeting in Kazakhstan",
    language: "en",
    url: "https://tass.ru/politika/21009021",
    publisher: "TASS",
    accessedOn: CHECKED_ON,
    note: both(
      "The headline is not recorded; the title describes the item. It lists the CSTO's members and says Kazakhstan chaired the organisation in 2024.",
      "Заголовок не записан; название описывает сообщение. В нём перечислены члены ОДКБ и сказано, что в 2024 году организацией председательствует Казахстан.",
    ),
  },
  {
    key: "newsby-csto-almaty-2024",
    title: "Заседание Комитета секретарей советов безопасности ОДКБ состоялось в Алматы - какие вопросы обсудили",
    language: "ru",
    url: "https://news.by/news/obshchestvo/zasedanie_komiteta_sekretarey_sovetov_bezopasnosti_odkb_sostoyalos_v_almaty_kakie_voprosy_obsudili",
    publisher: "news.by",
    accessedOn: CHECKED_ON,
    note: both(
      "Belarusian news report on the meeting in Almaty, quoting Russia's Security Council Secretary Sergei Shoigu on the talks held there.",
      "Белорусский новостной сюжет о заседании в Алматы с цитатой секретаря Совета безопасности России Сергея Шойгу о прошедших там переговорах.",
    ),
  },
  {
    key: "novayagazeta-armenia-csto-2024",
    title: "Armenia suspends participation in Russian-led Collective Security Treaty Organisation",
    language: "en",
    url: "https://novayagazeta.eu/articles/2024/02/23/armenia-suspends-participation-in-russian-led-collective-security-treaty-organisation-en-news",
    publisher: "Novaya Gazeta Europe",
    accessedOn: CHECKED_ON,
    note: both(
      "23 February 2024: Prime Minister Nikol Pashinyan told France 24 that Armenia had frozen its participation in the CSTO.",
      "23 февраля 2024 года премьер-министр Никол Пашинян заявил France 24, что Армения заморозила своё участие в ОДКБ.",
    ),
  },
  {
    key: "regnum-3892349",
    title: "Совет министров обороны ОДКБ стартовал в Алма-Ате без участия Армении",
    language: "ru",
    url: "https://regnum.ru/news/3892349",
    publisher: "ИА Регнум",
    accessedOn: CHECKED_ON,
    note: both(
      "31 May 2024: before the Council of Defence Ministers met, the ministers laid flowers at the Eternal Flame of the Memorial of Glory; Armenia did not take part.",
      "31 мая 2024 года перед заседанием Совета министров обороны министры возложили цветы к Вечному огню у Мемориала Славы; Армения в заседании не участвовала.",
    ),
  },
];
