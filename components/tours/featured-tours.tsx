import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listFeaturedTours } from "@/lib/data/tours/list-featured-tours";

/** The featured (published) tours, as a short section for the home page; nothing when there are none. */
export async function FeaturedTours() {
  const locale = await getLocale();
  const tours = await listFeaturedTours({ locale });
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
    </section>
  );
}
