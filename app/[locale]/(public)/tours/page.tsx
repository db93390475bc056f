import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pager } from "@/components/admin/pager";
import { Link } from "@/i18n/navigation";
import { listPublishedTours } from "@/lib/data/tours/list-published-tours";
import { pageRequest } from "@/lib/paging/page";
import "@/components/tours/tours-index.css";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
};

/** Tours are read a screenful at a time: each carries its introduction. */
const TOURS_PER_PAGE = 20;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "toursIndex" });
  return { title: t("title"), description: t("introduction") };
}

/** Every published tour, latest first, a page at a time: where a teacher finds one to read, present or print. */
export default async function ToursPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("toursIndex");
  const tours = await listPublishedTours({ locale, page: pageRequest((await searchParams).page, TOURS_PER_PAGE) });
  // A page past the end (an old link, a typed number) is not "no tours yet".
  if (tours.items.length === 0 && tours.page > 1) notFound();
  return (
    <div className="tours-index">
      <h1>{t("title")}</h1>
      <p>{t("introduction")}</p>
      {tours.items.length === 0 ? (
        <p role="status">{t("empty")}</p>
      ) : (
        <ul className="tours-index-list" aria-label={t("listLabel")}>
          {tours.items.map((tour) => (
            <li key={tour.slug} lang={tour.titleLocale === locale ? undefined : tour.titleLocale}>
              <h2>
                <Link href={`/tours/${tour.slug}`}>{tour.title}</Link>
              </h2>
              {tour.introduction ? <p className="tours-index-introduction">{tour.introduction}</p> : null}
              <p className="meta">
                {t("steps", { count: tour.stepCount })} ·{" "}
                <Link href={`/tours/${tour.slug}/present`} aria-label={t("presentLabel", { title: tour.title })}>
                  {t("present")}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager pathname="/tours" page={tours} />
    </div>
  );
}
