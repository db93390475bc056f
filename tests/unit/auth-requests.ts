/**
 * Requests to the auth routes as they reach the app through `npm start`, for the tests of sign-in,
 * sessions and account changes.
 *
 * Call servedAsInProduction() at the top of the test file, before anything imports better-auth: in
 * test mode it skips its origin check and counts every request without an address as 127.0.0.1,
 * which would hide what these tests check.
 */
export function servedAsInProduction(): void {
  Object.assign(process.env, { NODE_ENV: "production" });
  delete process.env.TEST;
}

let addresses = 0;

/** A client address no earlier call gave, as an attacker with many machines would have. */
export function anotherAddress(): string {
  addresses += 1;
  return `198.18.${Math.floor(addresses / 250)}.${addresses % 250}`;
}

export interface AuthRequest {
  body?: unknown;
  /** The Cookie header: a session, a known browser. */
  cookie?: string;
  /** The address the server saw the request come from (scripts/serve.ts puts it in CLIENT_ADDRESS_HEADER); a new one by default. */
  from?: string;
  headers?: Record<string, string>;
}

/** POST /api/auth<path> from a page on the site itself, as the browser's form and fetches send it. */
export async function postToAuth(
  path: string,
  { body = {}, cookie, from = anotherAddress(), headers = {} }: AuthRequest = {},
): Promise<Response> {
  const { auth } = await import("@/lib/auth/auth");
  const { env } = await import("@/lib/env");
  const { CLIENT_ADDRESS_HEADER } = await import("@/lib/auth/client-address");
  return auth.handler(
    new Request(`${env.PUBLIC_BASE_URL}/api/auth${path}`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Origin: env.PUBLIC_BASE_URL,
        ...headers,
        [CLIENT_ADDRESS_HEADER]: from,
        ...(cookie ? { Cookie: cookie } : {}),
      },
      body: JSON.stringify(body),
    }),
  );
}

/** The cookies a response sets, as the next request's Cookie header. */
export function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}
