import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listPublishedTours } from "@/lib/data/tours/list-published-tours";

/** How many of the latest published tours the home page shows; the rest are on the list of tours. */
const FEATURED_TOURS = 6;

/** The latest published tours, as a short section for the home page; nothing when there are none. */
export async function FeaturedTours() {
  const locale = await getLocale();
  const { items: tours, hasNext } = await listPublishedTours({ locale, page: { page: 1, size: FEATURED_TOURS } });
  if (tours.length === 0) return null;
  const t = await getTranslations("featuredTours");
  return (
    <section className="featured-tours" aria-labelledby="featured-tours-heading">
      <h2 id="featured-tours-heading">{t("heading")}</h2>
      <ul>
        {tours.map((tour) => (
          <li key={tour.slug} lang={tour.titleLocale === locale ? undefined : tour.titleLocale}>
            <Link href={`/tours/${tour.slug}`}>{tour.title}</Link> <span className="meta">({t("steps", { count: tour.stepCount })})</span>
          </li>
        ))}
      </ul>
      {hasNext ? (
        <p>
          <Link href="/tours">{t("allTours")}</Link>
        </p>
      ) : null}
    </section>
  );
}
