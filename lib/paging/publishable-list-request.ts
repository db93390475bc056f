import { PUBLICATION_STATUSES, type PublicationStatus } from "@/lib/content/entry-kinds";
import { type PageRequest, pageRequest } from "./page";

export interface PublishableListSearchParams {
  status?: string;
  deleted?: string;
  page?: string;
}

/** What a staff list of publishable records reads from its address; anything malformed is simply ignored. */
export function publishableListRequest(params: PublishableListSearchParams): {
  filter: PublicationStatus | undefined;
  deleted: string | undefined;
  page: PageRequest;
} {
  return {
    filter: PUBLICATION_STATUSES.find((s) => s === params.status),
    deleted: params.deleted,
    page: pageRequest(params.page),
  };
}
