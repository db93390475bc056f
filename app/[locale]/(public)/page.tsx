import { cookies } from "next/headers";
import { setRequestLocale } from "next-intl/server";
import { Explorer } from "@/components/explorer/explorer";
import { INTRO_READ_COOKIE } from "@/components/explorer/intro-cookie";
import { FeaturedTours } from "@/components/tours/featured-tours";
import { densestTimeSpan } from "@/lib/data/entries/densest-time-span";
import { listTags } from "@/lib/data/tags/list-tags";
import { env } from "@/lib/env";
import { parseExplorerUrlState } from "@/lib/url-state/explorer-url-state";
import { publishedCountries } from "@/lib/viewport";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function HomePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === "string") query.set(key, value);
  const initialState = parseExplorerUrlState(query);
  return (
    <Explorer
      initialState={initialState}
      densestSpan={initialState.window ? null : await densestTimeSpan()}
      countries={await publishedCountries()}
      themes={await listTags(locale)}
      tiles={env.MAP_TILE_URL ? { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION } : null}
      introRead={(await cookies()).has(INTRO_READ_COOKIE)}
      featuredTours={<FeaturedTours />}
    />
  );
}
