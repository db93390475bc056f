import { routeErrorResponse } from "./route-error-response";

/**
 * Wraps a route handler anyone may call (the public API), as authorizedRoute wraps the staff ones:
 * whatever it throws becomes a problem document, a bug a 500 that names only the request id, never
 * Next.js's empty 500.
 */
export function publicRoute<Req extends Request, Args extends unknown[]>(
  handler: (request: Req, ...args: Args) => Response | Promise<Response>,
): (request: Req, ...args: Args) => Promise<Response> {
  return async (request, ...args) => {
    try {
      return await handler(request, ...args);
    } catch (error) {
      return routeErrorResponse(error, request);
    }
  };
}
