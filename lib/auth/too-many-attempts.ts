import { APIError } from "better-auth/api";

/** The refusal a limited attempt gets: 429 with the seconds to wait in X-Retry-After, as better-auth's own limits answer. */
export function tooManyAttempts(retryAfterSeconds: number): APIError {
  return new APIError(
    "TOO_MANY_REQUESTS",
    { message: "Too many attempts. Try again later.", code: "TOO_MANY_ATTEMPTS" },
    { "X-Retry-After": String(retryAfterSeconds) },
  );
}

/** Seconds to wait if `error` is such a refusal (for a server action calling auth.api), else null. */
export function retryAfterOf(error: unknown): number | null {
  if (!(error instanceof APIError) || error.statusCode !== 429) return null;
  return Number(new Headers(error.headers).get("X-Retry-After")) || 60;
}
