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

/** The query of the handout (or its PDF) of a view on a given paper. */
export function handoutQueryString(view: string, paper: Paper): string {
  const params = new URLSearchParams(view);
  if (paper === "Letter") params.set("paper", "letter");
  return params.toString();
}
