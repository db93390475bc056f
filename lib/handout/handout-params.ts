import { type ExplorerUrlState, parseExplorerUrlState, serializeExplorerUrlState } from "@/lib/url-state/explorer-url-state";

export type Paper = "A4" | "Letter";

/** A page's search params (as Next.js hands them over) as URLSearchParams: the first of repeated values. */
export function searchParamsOf(query: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return params;
}

/** What a handout address says: the explorer view (the explorer's own parameters) and the paper size. */
export function readHandoutParams(params: URLSearchParams): { state: ExplorerUrlState; paper: Paper; view: string } {
  const state = parseExplorerUrlState(params);
  const paper: Paper = params.get("paper") === "letter" ? "Letter" : "A4";
  return { state, paper, view: serializeExplorerUrlState(state).toString() };
}

/** A tour's handout: its slug and, for a draft shared by link, the link's token. */
export interface HandoutTour {
  slug: string;
  token: string | undefined;
}

/** Longer than any slug or share token: such a value names no tour, and is not passed on. */
const MAX_PARAM_LENGTH = 200;

/** The tour a handout address names (`?tour=<slug>`, with `&t=<token>` for a draft shared by link), else null (a view's handout). */
export function readHandoutTour(params: URLSearchParams): HandoutTour | null {
  const slug = params.get("tour");
  if (!slug || slug.length > MAX_PARAM_LENGTH) return null;
  const token = params.get("t");
  return { slug, token: token && token.length <= MAX_PARAM_LENGTH ? token : undefined };
}

/** What a tour's handout address says, as `handoutQueryString` takes it in place of a view. */
export function tourHandoutView({ slug, token }: HandoutTour): string {
  return new URLSearchParams(token ? { tour: slug, t: token } : { tour: slug }).toString();
}

/** The query of the handout (or its PDF) of a view (or of a tour, `tourHandoutView`) on a given paper. */
export function handoutQueryString(view: string, paper: Paper): string {
  const params = new URLSearchParams(view);
  if (paper === "Letter") params.set("paper", "letter");
  return params.toString();
}
