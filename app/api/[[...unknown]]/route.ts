import { noSuchApiAddress } from "@/lib/http/no-such-api-address";

/*
 * Every address under /api that no route serves (`/api`, `/api/v1`, `/api/v1/no-such-thing`,
 * `/api/v2/…`): a 404 problem document, whatever the method, where Next.js would answer its HTML page.
 * (A served address with a method its route does not take is answered 405: lib/http/method-not-allowed.ts.)
 */
export const GET = noSuchApiAddress;
export const POST = noSuchApiAddress;
export const PUT = noSuchApiAddress;
export const PATCH = noSuchApiAddress;
export const DELETE = noSuchApiAddress;
export const OPTIONS = noSuchApiAddress;
