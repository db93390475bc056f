import { setRequestLocale } from "next-intl/server";
import { Explorer } from "@/components/explorer/explorer";
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
  return (
    <Explorer
      initialState={parseExplorerUrlState(query)}
      countries={await publishedCountries()}
      themes={await listTags(locale)}
      tiles={env.MAP_TILE_URL ? { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION } : null}
    />
  );
}
