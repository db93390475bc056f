import type { SourceInput } from "@/lib/validation/source";

/**
 * Where each seeded fact comes from: shared/reference/memorials.md (the verified fact sheet)
 * and what was checked against public pages on 2026-11-25. URLs are given only where the
 * source names the page exactly.
 */
export const SOURCES: SourceInput[] = [
  {
    key: "news-csto-almaty-2024",
    title: "News item: meeting of the CSTO Committee of Secretaries of Security Councils in Almaty (with a commentary to Cronos.Asia)",
    publisher: "Cronos.Asia",
    note: "Text kept in the project's reference set (shared/reference/source-news.txt) and seeded as an article.",
  },
  {
    key: "news-rzhev-installation-2020",
    title: "News item: The final stage of the installation of the central figure of the Rzhev Memorial to the Soviet Soldier has begun",
    note: "Text kept in the project's reference set (shared/reference/source-news.txt) and seeded as an article. Publisher not stated in the text.",
  },
  {
    key: "kazinform-csto-2024",
    title: "CSTO Committee of Security Councils' Secretaries holds meeting in Almaty",
    publisher: "Kazinform (en.inform.kz)",
    note: "Article slug on en.inform.kz: csto-committee-of-security-councils-secretaries-holds-meeting-in-almaty.",
  },
  { key: "csto-news-feed", title: "CSTO news feed", publisher: "CSTO (en.odkb-csto.org)" },
  { key: "tass-21009021", title: "TASS, politics, item 21009021", url: "https://tass.ru/politika/21009021", publisher: "TASS" },
  {
    key: "vpk-sevastopol-3932",
    title: "Rzhev Memorial: installation of the central figure",
    url: "https://vpk-sevastopol.ru/?p=3932",
    publisher: "vpk-sevastopol.ru",
  },
  {
    key: "wiki-rzhev-memorial",
    title: "Rzhev Memorial to the Soviet Soldier",
    url: "https://en.wikipedia.org/wiki/Rzhev_Memorial_to_the_Soviet_Soldier",
    publisher: "Wikipedia",
  },
  {
    key: "russiatrek-rzhev-memorial",
    title: "Rzhev Memorial to the Soviet Soldier",
    url: "https://russiatrek.org/blog/history/rzhev-memorial-to-the-soviet-soldier/",
    publisher: "RussiaTrek.org",
  },
  {
    key: "greeklandopt-rzhev-memorial",
    title: "Как называется памятник во Ржеве? (quotes the Russian Wikipedia lead: 34°15′46″ E; near Khoroshevo on the M-9)",
    url: "https://greeklandopt.ru/kak-nazyvaetsia-pamiatnik-vo-rzheve",
  },
  {
    key: "wiki-rzhev-town",
    title: "Rzhev (town): 56°15′N 34°19′E",
    url: "https://en.wikipedia.org/wiki/Rzhev",
    publisher: "Wikipedia",
    note: "Polish Wikipedia (Rżew) gives the same point, 56.25, 34.316667.",
  },
  {
    key: "wiki-battles-of-rzhev",
    title: "Battles of Rzhev",
    url: "https://en.wikipedia.org/wiki/Battles_of_Rzhev",
    publisher: "Wikipedia",
  },
  {
    key: "liveviewer-rzhev",
    title: "Дорога на Ржев (quotes the Russian Wikipedia text on the Battles of Rzhev)",
    url: "https://liveviewer.ru/2022/10/doroga-na-rzhev",
    publisher: "liveviewer.ru",
  },
  {
    key: "wiki-motherland-calls",
    title: "The Motherland Calls (English and Russian Wikipedia copies)",
    url: "https://en.wikipedia.org/wiki/The_Motherland_Calls",
    publisher: "Wikipedia",
  },
  { key: "ktobyl-mamayev", title: "Mamayev Kurgan", publisher: "ktobyl.pl" },
  {
    key: "wiki-alyosha",
    title: "Alyosha Monument, Murmansk",
    url: "https://en.wikipedia.org/wiki/Alyosha_Monument,_Murmansk",
    publisher: "Wikipedia",
  },
  { key: "tracesofwar-10712", title: 'Monument "Rear to the Front", Magnitogorsk', publisher: "TracesOfWar (sights 10712)" },
  {
    key: "wiki-rear-front",
    title: "Rear-front Memorial: 53°24′26″N 58°59′33″E",
    url: "https://en.wikipedia.org/wiki/Rear-front_Memorial",
    publisher: "Wikipedia",
    note: "Coordinates read from a snapshot copy of the article.",
  },
  { key: "varikoz24-khrustalny", title: "Мыс Хрустальный", url: "https://varikoz24.com/mys-hrustalnyj.html", publisher: "varikoz24.com" },
  {
    key: "mamayevkurgan-blog-sevastopol",
    title: "Soldier and Sailor Memorial, Sevastopol",
    url: "https://mamayevkurgan.wordpress.com/2012/12/19/soldier-and-sailor-memorial-sevastopol-ukraine/",
  },
  {
    key: "wiki-victory-park",
    title: "Victory Park (Moscow)",
    url: "https://en.wikipedia.org/wiki/Victory_Park_(Moscow)",
    publisher: "Wikipedia",
  },
  { key: "tadviser-victory-museum", title: "Victory Museum (Музей Победы)", publisher: "TAdviser" },
  {
    key: "wiki-museum-great-patriotic-war",
    title: "Museum of the Great Patriotic War, Moscow: 55°43′50″N 37°30′14″E",
    url: "https://en.wikipedia.org/wiki/Museum_of_the_Great_Patriotic_War,_Moscow",
    publisher: "Wikipedia",
  },
  {
    key: "wiki-piskaryovskoye",
    title: "Piskarevskoye Memorial Cemetery",
    url: "https://en.wikipedia.org/wiki/Piskarevskoye_Memorial_Cemetery",
    publisher: "Wikipedia",
  },
  { key: "myplaces-brest", title: "Brest Hero-Fortress memorial complex", publisher: "my-places.by" },
  { key: "souzveche-brest", title: "Brest Hero-Fortress", publisher: "souzveche.ru" },
  {
    key: "khatyn-museum",
    title: 'State Memorial Complex "Khatyn"',
    url: "https://khatyn.museum.by/en/",
    publisher: "Khatyn memorial museum",
  },
  {
    key: "ukwiki-motherland-kyiv",
    title: "Батьківщина-мати (Київ)",
    url: "https://uk.wikipedia.org/wiki/Батьківщина-мати_(Київ)",
    publisher: "Ukrainian Wikipedia",
  },
  {
    key: "wiki-prokhorovka-belfry",
    title: "Звонница на Прохоровском поле: 51°01′19″ N 36°39′32″ E (copy of the Russian Wikipedia article)",
    publisher: "Russian Wikipedia",
    note: "Another site (wikipoints.ru/point/20) puts the belfry about 1 km to the south-east, so the point is shown as approximate.",
  },
  { key: "geomerid-prokhorovka", title: "Prokhorovka Field", publisher: "geomerid.com" },
  {
    key: "salaspils-official",
    title: "About the memorial",
    url: "https://salaspilsmemorials.lv/en/about-the-memorial/",
    publisher: "Salaspils Memorial",
  },
  {
    key: "geomapedia-salaspils",
    title: "Salaspils concentration camp: 56.8744, 24.3014",
    url: "http://en.geomapedia.org/information/salaspils-concentration-camp.html",
    publisher: "geomapedia.org",
  },
  {
    key: "wiki-memorial-of-glory-almaty",
    title: "Memorial of Glory (Almaty)",
    url: "https://en.wikipedia.org/wiki/Memorial_of_Glory_(Almaty)",
    publisher: "Wikipedia",
  },
  { key: "visit-petersburg-defenders", title: "Monument to the Heroic Defenders of Leningrad", publisher: "visit-petersburg.ru" },
  {
    key: "wiki-victory-square-spb",
    title: "Victory Square, Saint Petersburg: 59°50′33.7″N 30°19′18.8″E",
    url: "https://en.wikipedia.org/wiki/Victory_Square,_Saint_Petersburg",
    publisher: "Wikipedia",
  },
  {
    key: "wiki-almaty",
    title: "Almaty: 43°16′39″N 76°53′45″E",
    url: "https://simple.wikipedia.org/wiki/Almaty",
    publisher: "Simple English Wikipedia",
    note: "Italian Wikipedia gives the same point.",
  },
];
