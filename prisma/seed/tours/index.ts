import type { TourEditInput } from "@/lib/validation/tour";
import { RZHEV_AND_ITS_PEERS } from "./rzhev-and-its-peers";

/** The tours shipped with the reference data, published (featured) as they are seeded. */
export const FEATURED_TOURS: TourEditInput[] = [RZHEV_AND_ITS_PEERS];
