import { APIError } from "better-auth/api";

/** The refusal a limited attempt gets: 429 with the seconds to wait in X-Retry-After, as better-auth's own limits answer. */
export function tooManyAttempts(retryAfterSeconds: number): APIError {
  return new APIError(
    "TOO_MANY_REQUESTS",
    { message: "Too many attempts. Try again later.", code: "TOO_MANY_ATTEMPTS" },
    { "X-Retry-After": String(retryAfterSeconds) },
  );
}
