import type { TourEditInput } from "@/lib/validation/tour";

/**
 * The featured tour shipped with the reference data, on the source's own theme: the battles near
 * Rzhev, the memorial opened there in 2020, and four of the memorial complexes its creators ranked it
 * with (the CSTO news item, shared/reference/source-news.txt). Every fact is taken from the entry the
 * step shows, whose sources the tour page lists beside it; the narratives are in our own words.
 */
export const RZHEV_AND_ITS_PEERS: TourEditInput = {
  slug: "from-rzhev-to-the-great-memorials",
  translations: {
    en: {
      title: "From the battles of Rzhev to the great memorials",
      introduction:
        "A lesson in seven steps: the battles near Rzhev in 1942–1943, the memorial opened on that ground in 2020, and four of the memorial complexes its creators ranked it with. Each step's facts come from the entry it shows; its sources are listed under the step.",
    },
    ru: {
      title: "От Ржевской битвы к великим мемориалам",
      introduction:
        "Урок в семь шагов: бои подо Ржевом в 1942–1943 годах, мемориал, открытый на этой земле в 2020 году, и четыре мемориальных комплекса, с которыми его сравнили создатели. Факты каждого шага взяты из записи, которую он показывает; её источники перечислены под шагом.",
    },
  },
  steps: [
    {
      kind: "entry",
      entrySlug: "battles-of-rzhev",
      latitude: 56.2656,
      longitude: 34.3275,
      zoom: 8,
      texts: {
        en: {
          narrative:
            "From January 1942 to March 1943 Soviet troops attacked, again and again, the salient the German army held around Rzhev, near Moscow. Operation Mars, in November and December 1942, was one of these offensives. Rzhev itself was liberated on 3 March 1943.",
          question: "The sources disagree on the first and last days of the battles. Why might that be?",
        },
        ru: {
          narrative:
            "С января 1942 по март 1943 года советские войска раз за разом наступали на выступ, который немецкая армия удерживала вокруг Ржева под Москвой. Одним из этих наступлений была операция «Марс» в ноябре — декабре 1942 года. Сам Ржев освобождён 3 марта 1943 года.",
          question: "Источники расходятся в первом и последнем днях битвы. Почему так может быть?",
        },
      },
    },
    {
      kind: "entry",
      entrySlug: "rzhev-memorial",
      texts: {
        en: {
          narrative:
            "On 30 June 2020 the Rzhev Memorial to the Soviet Soldier opened about 7 km south-west of Rzhev, on ground where the battles were fought. A 25 m bronze soldier, dissolving into a flock of cranes, stands on a 10 m mound at the end of an alley lined with the names of 17,660 soldiers who fell near Rzhev. Veterans had asked for it; it is dedicated to all Soviet soldiers of the war.",
          question: "The memorial honours every Soviet soldier of the war. Why build it here?",
        },
        ru: {
          narrative:
            "30 июня 2020 года примерно в 7 км к юго-западу от Ржева, на месте боёв, открылся Ржевский мемориал Советскому солдату. 25-метровая бронзовая фигура солдата, растворяющаяся в стае журавлей, стоит на 10-метровом холме в конце аллеи с именами 17 660 воинов, павших подо Ржевом. Его создания просили ветераны; он посвящён всем советским солдатам войны.",
          question: "Мемориал посвящён всем советским солдатам войны. Почему его поставили именно здесь?",
        },
      },
    },
    {
      kind: "entry",
      entrySlug: "rzhev-central-figure-installation-2020",
      texts: {
        en: {
          title: "What its creators compared it with",
          narrative:
            "In January 2020, as the last stage of mounting the bronze figure began, the news of it said that, in the creators' words, the memorial would stand on a par in scale and significance with Mamayev Kurgan in Volgograd, the Defenders of the Soviet Arctic in the Murmansk Region, Rear to the Front in Magnitogorsk, the Soldier and Sailor in Sevastopol, Poklonnaya Gora in Moscow and the Piskaryovskoye cemetery in St Petersburg. The next steps visit four of them.",
          question: "What would make a new memorial equal to ones built decades earlier?",
        },
        ru: {
          title: "С чем его сравнили создатели",
          narrative:
            "В январе 2020 года, когда начался последний этап монтажа бронзовой фигуры, в сообщении об этом говорилось, что, по словам создателей, мемориал встанет по масштабу и значению в один ряд с Мамаевым курганом в Волгограде, памятником защитникам Советского Заполярья в Мурманской области, монументом «Тыл — фронту» в Магнитогорске, памятником «Солдату и Матросу» в Севастополе, Поклонной горой в Москве и Пискарёвским кладбищем в Санкт-Петербурге. Следующие шаги — к четырём из них.",
          question: "Что может сделать новый мемориал равным тем, что построены десятилетия назад?",
        },
      },
    },
    {
      kind: "entry",
      entrySlug: "mamayev-kurgan",
      texts: {
        en: {
          narrative:
            "On Mamayev Kurgan in Volgograd, where some of the fiercest fighting of the autumn of 1942 took place, The Motherland Calls rises 85 m with its sword. The statue was built from 1959 and dedicated with the complex “To the Heroes of the Battle of Stalingrad” in 1967.",
          question: "The Rzhev soldier and The Motherland Calls are both huge figures. Whom does each stand for?",
        },
        ru: {
          narrative:
            "На Мамаевом кургане в Волгограде, где осенью 1942 года шли одни из самых ожесточённых боёв, на 85 метров вместе с мечом поднимается «Родина-мать зовёт!». Статую строили с 1959 года и открыли вместе с комплексом «Героям Сталинградской битвы» в 1967 году.",
          question: "И ржевский солдат, и «Родина-мать» — огромные фигуры. Кого олицетворяет каждая из них?",
        },
      },
    },
    {
      kind: "entry",
      entrySlug: "victory-park-poklonnaya-gora",
      texts: {
        en: {
          narrative:
            "Victory Park on Poklonnaya Hill in Moscow opened on 9 May 1995, the 50th anniversary of the victory. Its obelisk is 141.8 m high: 10 cm for each day of the war. The park holds the Victory Museum, of which the Rzhev Memorial has become a branch.",
          question: "The obelisk measures the war in days. How else could a memorial show how long the war lasted?",
        },
        ru: {
          narrative:
            "Парк Победы на Поклонной горе в Москве открыт 9 мая 1995 года, к 50-летию Победы. Высота обелиска — 141,8 м: по 10 см на каждый день войны. В парке — Музей Победы, филиалом которого стал Ржевский мемориал.",
          question: "Обелиск измеряет войну днями. Как ещё памятник может показать, сколько длилась война?",
        },
      },
    },
    {
      kind: "entry",
      entrySlug: "piskaryovskoye-memorial-cemetery",
      texts: {
        en: {
          narrative:
            "Piskaryovskoye Memorial Cemetery in St Petersburg, opened on 9 May 1960, is the main burial ground of the people of Leningrad who died during the siege and of the soldiers of the Leningrad Front. A 480 m alley leads across the field of 186 mass graves to the bronze Motherland before a granite wall with lines by Olga Berggolts.",
          question: "How is a cemetery memorial different from a monument on a battlefield?",
        },
        ru: {
          narrative:
            "Пискарёвское мемориальное кладбище в Санкт-Петербурге, открытое 9 мая 1960 года, — главное место захоронения ленинградцев, погибших в блокаду, и воинов Ленинградского фронта. 480-метровая аллея ведёт через поле из 186 братских могил к бронзовой «Матери-Родине» перед гранитной стеной со стихами Ольги Берггольц.",
          question: "Чем мемориал-кладбище отличается от памятника на поле боя?",
        },
      },
    },
    {
      kind: "entry",
      entrySlug: "alyosha-murmansk",
      texts: {
        en: {
          narrative:
            "Above Murmansk, the soldier called Alyosha looks west, where the war came from. The memorial to the Defenders of the Soviet Arctic opened on 19 October 1974, for the 30th anniversary of the defeat of the German troops in the Arctic; the statue is 35.5 m tall, 42.5 m with its pedestal.",
          question: "Which of these memorials would you most like to visit, and why?",
        },
        ru: {
          narrative:
            "Над Мурманском солдат, которого называют Алёшей, смотрит на запад, откуда пришла война. Мемориал защитникам Советского Заполярья открыт 19 октября 1974 года, к 30-летию разгрома немецких войск в Заполярье; статуя высотой 35,5 м, вместе с постаментом — 42,5 м.",
          question: "Какой из этих мемориалов вам больше всего хотелось бы увидеть и почему?",
        },
      },
    },
  ],
};
