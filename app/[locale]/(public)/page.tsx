import { setRequestLocale } from "next-intl/server";
import { Explorer } from "@/components/explorer/explorer";
import { env } from "@/lib/env";
import { slugSchema } from "@/lib/validation/entry";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function HomePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { entry } = await searchParams;
  const initialSlug = typeof entry === "string" && slugSchema.safeParse(entry).success ? entry : null;
  return (
    <Explorer
      initialSlug={initialSlug}
      tiles={env.MAP_TILE_URL ? { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION } : null}
    />
  );
}
