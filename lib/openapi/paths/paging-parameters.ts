import type { ParameterDoc } from "../documented-query";

export const PAGING_PARAMETERS = {
  limit: { description: "Records per page, at most 200.", example: "5" },
  cursor: { description: "The `cursor` of the previous page's `next` address; leave out for the first page. Opaque: use it as given." },
  format: {
    description:
      "geojson for a FeatureCollection (records without a place have null geometry). Default: JSON, or what the Accept header asks for.",
  },
} satisfies Record<string, ParameterDoc>;
