import type { ArticleInput } from "@/lib/validation/article";

const CSTO_TEXT = `In an exclusive commentary to Cronos.Asia, the CSTO Secretary General Imangali Tasmagambetov spoke about the progress of the negotiations.

On June 6, 2024, in Almaty, a meeting of the CSTO Committee of Secretaries of Security Council was held under the chairmanship of the Republic of Kazakhstan. During the meeting, the CSTO Secretary General Imangali Tasmagambetov made a report on the situation in the CSTO area of responsibility and measures aimed at neutralizing challenges and threats to the security of Collective Security Treaty Organization member states.

Sputnik Armenia reports that the Armenian Foreign Minister Ararat Mirzoyan said that he had excellent relations with CSTO Secretary General Imangali Tasmagambetov.`;

const RZHEV_TEXT = `On January 30, the final stage of the installation of the central figure of the Rzhev Memorial to the Soviet Soldier has begun in the Tver Region. The project of a large-scale monument is being implemented by the Russian Military Historical Society with the support of the Union State, the Ministry of Culture of the Russian Federation and the Government of the Tver Region. The memorial complex in commemoration of all Soviet soldiers of the Great Patriotic War is being built on the site of bloody battles that took place under Rzhev in 1942-1943 years.

The installation of the central figure has begun with the middle and upper parts of the bronze sculpture. The work was carried out under the supervision of the State Secretary of the Union State Grigory Rapota, Deputy Minister of Culture of the Russian Federation Nikolai Ovsienko, Tver Region Governor Igor Rudeni, Director of the Victory Museum Alexander Shkolnik, WWII veterans and numerous journalists.

According to the organizers, now on the territory of the memorial, the work continues on the creation of a museum branch and an entrance lobby, landscaping and the creation of road infrastructure are being carried out. According to the creators, the Rzhev memorial will be the first largest monument dedicated to the feat of Soviet soldiers that has been created in the modern Russia. In scale and significance, it will stand on a par with such memorial complexes as "To the Heroes of the Battle of Stalingrad" on Mamaev Kurgan in Volgograd, "Defenders of the Soviet Arctic Circle during the Great Patriotic War" in the Murmansk Region, "Rear to the Front" in Magnitogorsk, "Monument to Sailor and Soldier" in Sevastopol, "Poklonnaya Gora" in Moscow, Piskarev Memorial Cemetery in St. Petersburg and other iconic monuments. The created memorial will receive the status of a branch of the Victory Museum.`;

/**
 * The two news items in shared/reference/source-news.txt, as published there (page furniture such
 * as image file names and "Go back" links removed). Publication dates are not stated, so none is given.
 */
export const ARTICLES: ArticleInput[] = [
  {
    slug: "csto-secretaries-meet-in-almaty-2024",
    status: "published",
    publisher: "Cronos.Asia",
    language: "en",
    translations: {
      en: {
        title: "CSTO Secretary General on the Almaty meeting of the Committee of Secretaries of Security Councils",
        excerpt:
          "On June 6, 2024, in Almaty, a meeting of the CSTO Committee of Secretaries of Security Council was held under the chairmanship of Kazakhstan.",
        body: CSTO_TEXT,
      },
    },
    mentions: [
      { entrySlug: "csto-security-council-secretaries-almaty-2024" },
      { entrySlug: "imangali-tasmagambetov" },
      { entrySlug: "csto" },
      { entrySlug: "almaty" },
    ],
    citations: [{ sourceKey: "news-csto-almaty-2024", field: "text" }],
  },
  {
    slug: "rzhev-memorial-central-figure-installation-begins",
    status: "published",
    language: "en",
    translations: {
      en: {
        title: "The final stage of the installation of the central figure of the Rzhev Memorial to the Soviet Soldier has begun",
        excerpt:
          "On January 30, the final stage of the installation of the central figure of the Rzhev Memorial to the Soviet Soldier has begun in the Tver Region.",
        body: RZHEV_TEXT,
      },
    },
    mentions: [
      { entrySlug: "rzhev-central-figure-installation-2020" },
      { entrySlug: "rzhev-memorial" },
      { entrySlug: "battles-of-rzhev" },
      { entrySlug: "mamayev-kurgan", note: "Named as comparable." },
      { entrySlug: "alyosha-murmansk", note: "Named as comparable." },
      { entrySlug: "rear-to-the-front-magnitogorsk", note: "Named as comparable." },
      { entrySlug: "soldier-and-sailor-sevastopol", note: "Named as comparable." },
      { entrySlug: "victory-park-poklonnaya-gora", note: "Named as comparable." },
      { entrySlug: "piskaryovskoye-memorial-cemetery", note: "Named as comparable." },
      { entrySlug: "victory-museum-moscow" },
      { entrySlug: "russian-military-historical-society" },
      { entrySlug: "union-state" },
      { entrySlug: "grigory-rapota" },
      { entrySlug: "nikolai-ovsienko" },
      { entrySlug: "igor-rudenya" },
      { entrySlug: "alexander-shkolnik" },
    ],
    citations: [{ sourceKey: "news-rzhev-installation-2020", field: "text" }],
  },
];
