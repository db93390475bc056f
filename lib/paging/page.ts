import { z } from "zod";

/** Which page of a list a request asks for, and how long pages are. */
export interface PageRequest {
  page: number;
  size: number;
}

/** What a staff list of records is asked for: one page, titles in the reader's language, optionally one status. */
export interface StaffListQuery {
  locale: string;
  page: PageRequest;
  status?: string;
}

/** One page of a list; `total` is null where counting would cost more than the page itself. */
export interface Page<T> extends PageRequest {
  items: T[];
  total: number | null;
  /** Whether a later page has anything on it. */
  hasNext: boolean;
}

/** The list pages' shared page size. */
export const PAGE_SIZE = 50;
const MAX_PAGE = 1_000_000;

const pageNumber = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1);

/** `?page=N` from a page's search parameters: anything missing or malformed is the first page, never an error. */
export function pageRequest(value: string | string[] | undefined, size = PAGE_SIZE): PageRequest {
  return { page: pageNumber.parse(Array.isArray(value) ? value[0] : (value ?? 1)), size };
}

/** The rows before this page, for a query's `skip`. */
export function pageOffset({ page, size }: PageRequest): number {
  return (page - 1) * size;
}

/**
 * Builds a page from rows read with `take: size + 1` (the extra row only says a next page exists)
 * and, where it is cheap, the total.
 */
export function toPage<T>(rows: T[], request: PageRequest, total: number | null = null): Page<T> {
  return { ...request, items: rows.slice(0, request.size), total, hasNext: rows.length > request.size };
}

/** How many pages a counted list has (at least one, so an empty list still reads "page 1 of 1"). */
export function pageCount({ total, size }: Pick<Page<unknown>, "total" | "size">): number | null {
  return total === null ? null : Math.max(1, Math.ceil(total / size));
}
