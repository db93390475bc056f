import { Explorer } from "@/components/explorer/explorer";
import { env } from "@/lib/env";
import { slugSchema } from "@/lib/validation/entry";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { entry } = await searchParams;
  const initialSlug = typeof entry === "string" && slugSchema.safeParse(entry).success ? entry : null;
  return (
    <Explorer
      initialSlug={initialSlug}
      tiles={env.MAP_TILE_URL ? { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION } : null}
    />
  );
}
