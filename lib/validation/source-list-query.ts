import { z } from "zod";
import { type PageRequest, pageRequest } from "@/lib/paging/page";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const textSchema = z.string().trim().max(200).catch("");

/** The staff list of sources' address: `q` (searched text), `address=1` (titled by their address only), `page`. Anything malformed is ignored. */
export function parseSourceListQuery(query: Record<string, string | string[] | undefined>): {
  text: string;
  addressOnly: boolean;
  page: PageRequest;
} {
  return { text: textSchema.parse(first(query.q) ?? ""), addressOnly: first(query.address) === "1", page: pageRequest(query.page) };
}
