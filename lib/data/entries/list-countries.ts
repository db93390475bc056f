import { db } from "@/lib/db";
import { PUBLISHED } from "../published";

/** The countries that published entries are in, for the country filter. */
export async function listCountries(): Promise<string[]> {
  const rows = await db.entry.findMany({
    where: { status: PUBLISHED, countryCode: { not: null } },
    select: { countryCode: true },
    distinct: ["countryCode"],
    orderBy: { countryCode: "asc" },
  });
  return rows.map((r) => r.countryCode!);
}
