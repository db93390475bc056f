import type { ArticleInput } from "@/lib/validation/article";
import { both } from "./editorial";
import { CSTO_RZHEV_PAGE, CSTO_SITE } from "./sources/news";

const BODY_EN = `<p>On 30 January 2020 work began on the last stage of mounting the bronze soldier at the centre of the Rzhev Memorial in the Tver Region, starting with the middle and upper sections of the figure. The news item on the CSTO's English site, in its section on the 75th anniversary of the Victory, says the Russian Military Historical Society was building the memorial with backing from the Union State, Russia's Ministry of Culture and the regional government, on ground where the battles near Rzhev were fought in 1942–1943, to honour every Soviet soldier of the Great Patriotic War.</p>
<p>Grigory Rapota of the Union State, Deputy Culture Minister Nikolai Ovsienko, the Tver governor Igor Rudenya and the Victory Museum's director Alexander Shkolnik watched the work, along with veterans and reporters. A museum branch, an entrance building, landscaping and roads were still under way, the organisers said.</p>
<p>The memorial's creators called it <q>the first largest monument dedicated to the feat of Soviet soldiers</q> made in modern Russia, and ranked it with Mamayev Kurgan, the Murmansk "Alyosha", "Rear to the Front", the Soldier and Sailor in Sevastopol, Poklonnaya Gora and the Piskaryovskoye cemetery. It was due to become a branch of the Victory Museum.</p>`;

const BODY_RU = `<p>30 января 2020 года в Тверской области начался последний этап монтажа бронзовой фигуры солдата — центра Ржевского мемориала; первыми устанавливали среднюю и верхнюю части фигуры. Как сообщает новость на англоязычном сайте ОДКБ в разделе о 75-летии Победы, мемориал строило Российское военно-историческое общество при поддержке Союзного государства, Министерства культуры России и правительства области — на земле, где в 1942–1943 годах шли бои подо Ржевом, в память обо всех советских солдатах Великой Отечественной войны.</p>
<p>За работами наблюдали государственный секретарь Союзного государства Григорий Рапота, заместитель министра культуры Николай Овсиенко, губернатор Тверской области Игорь Руденя и директор Музея Победы Александр Школьник, а также ветераны и журналисты. По словам организаторов, на территории мемориала ещё строились филиал музея и входная группа, шли благоустройство и прокладка дорог.</p>
<p>Создатели мемориала назвали его крупнейшим памятником подвигу советского солдата, созданным в современной России, и поставили в один ряд с Мамаевым курганом, мурманским «Алёшей», монументом «Тыл — фронту», памятником «Солдату и Матросу» в Севастополе, Поклонной горой и Пискарёвским кладбищем. Мемориал должен был стать филиалом Музея Победы.</p>`;

const comparable = both("Named as its peer in scale and significance.", "Назван равным ему по масштабу и значению.");

/**
 * Summaries, in our own words and in both languages, of the one article on the CSTO news page
 * the collection starts from (shared/reference/source-news.txt). The three items of the page's
 * headline ticker (the Almaty meeting, a commentary to Cronos.Asia, Sputnik Armenia on Ararat
 * Mirzoyan) are not articles: each is a source of its own (sources/news.ts), cited by the entries it supports.
 */
export const ARTICLES: ArticleInput[] = [
  {
    slug: "rzhev-memorial-central-figure-installation-begins",
    status: "published",
    publisher: CSTO_SITE,
    originalTitle: "The final stage of the installation of the central figure of the Rzhev Memorial to the Soviet Soldier has begun",
    originalUrl: CSTO_RZHEV_PAGE,
    language: "en",
    translations: {
      en: {
        title: "Mounting of the Rzhev Memorial's bronze soldier enters its last stage",
        excerpt:
          "A CSTO news item of January 2020: the last stage of mounting the bronze soldier of the Rzhev Memorial has begun, and its creators rank it with the great Soviet war memorials.",
        body: BODY_EN,
      },
      ru: {
        title: "Начался последний этап монтажа бронзового солдата Ржевского мемориала",
        excerpt:
          "Новость ОДКБ, январь 2020 года: начался последний этап монтажа бронзового солдата Ржевского мемориала, и его создатели ставят его в один ряд с крупнейшими советскими военными мемориалами.",
        body: BODY_RU,
      },
    },
    mentions: [
      { entrySlug: "rzhev-central-figure-installation-2020", note: both("The event reported.", "Событие, о котором сообщается.") },
      { entrySlug: "rzhev-memorial", note: both("The memorial being built.", "Строящийся мемориал.") },
      { entrySlug: "battles-of-rzhev" },
      { entrySlug: "great-patriotic-war" },
      { entrySlug: "mamayev-kurgan", note: comparable },
      { entrySlug: "alyosha-murmansk", note: comparable },
      { entrySlug: "rear-to-the-front-magnitogorsk", note: comparable },
      { entrySlug: "soldier-and-sailor-sevastopol", note: comparable },
      { entrySlug: "victory-park-poklonnaya-gora", note: comparable },
      { entrySlug: "piskaryovskoye-memorial-cemetery", note: comparable },
      { entrySlug: "victory-museum-moscow" },
      { entrySlug: "russian-military-historical-society" },
      { entrySlug: "union-state" },
      { entrySlug: "ministry-of-culture-of-russia" },
      { entrySlug: "government-of-tver-region" },
      { entrySlug: "grigory-rapota" },
      { entrySlug: "nikolai-ovsienko" },
      { entrySlug: "igor-rudenya" },
      { entrySlug: "alexander-shkolnik" },
    ],
    citations: [{ sourceKey: "news-rzhev-installation-2020", field: "text" }],
  },
];
