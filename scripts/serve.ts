/**
 * Serves the built app (what `npm start` runs, and restarts if it dies, once the database and the
 * build are ready): Next.js's own request handler behind a plain Node HTTP server, which does what
 * `next start` cannot, for every request before Next.js sees it:
 * - puts the client's address in CLIENT_ADDRESS_HEADER from the connection itself (or, on a
 *   connection from a TRUSTED_PROXIES address, from that proxy's TRUSTED_IP_HEADER), replacing any
 *   copy the client sent. Next.js's route handlers see no socket, and `next start` passes a client's
 *   own X-Forwarded-For on as it came, so without this the sign-in limits would count whatever
 *   address a client claimed;
 * - gives it a request id (REQUEST_ID_HEADER, never the client's own), sent back on the response and
 *   quoted by the error log (lib/log/) and the error pages;
 * - answers a path with a malformed percent escape with a 400, which Next.js would answer with a 500;
 * - answers an API request whose route does not take its method with a 405 problem document and
 *   Allow, body or no body: Next.js answers an empty 405, and the proxy, which answers it under a bare
 *   `next start`, must not see requests with a body (proxy.ts);
 * - answers an API path with a dot segment (`/api/v1/%2e%2e/…`) with the API's 404: Next.js would
 *   resolve it to a page's address and answer with HTML;
 * - answers a request Node's parser refuses (raw non-ASCII bytes in the address, headers too large)
 *   with a problem document rather than Node's bare status line.
 */
import http from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddress, isTrusted, trustedProxySet } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { answerClientErrors } from "@/lib/http/client-error-answer";
import { isMalformedPath, malformedPathAnswer } from "@/lib/http/malformed-path";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { hasDotSegment, noSuchApiAddress } from "@/lib/http/no-such-api-address";
import { NON_PAGE_HEADERS } from "@/lib/http/non-page-headers";
import { logServerError } from "@/lib/log/log-server-error";
import { logger } from "@/lib/log/logger";
import { newRequestId, REQUEST_ID_HEADER } from "@/lib/log/request-id";

// As `next start`: a production build in production mode, whatever the shell says, and without the
// source maps of Next.js's chunks loaded into memory (tsx turns them on for its own stack traces).
Object.assign(process.env, { NODE_ENV: "production" });
process.setSourceMapsEnabled(false);

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(",") : value;
}

async function main(): Promise<void> {
  const { default: next } = await import("next");
  // quiet: the errors Next.js would print as text are logged as JSON lines by instrumentation.ts.
  const app = next({ dev: false, quiet: true, dir: process.cwd(), hostname: env.HOSTNAME, port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();
  const proxies = trustedProxySet(env.TRUSTED_PROXIES);
  let warned = false;
  const server = http.createServer((request, response) => {
    const requestId = newRequestId();
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader(REQUEST_ID_HEADER, requestId);
    const path = (request.url ?? "/").split("?")[0]!;
    if (isMalformedPath(path)) {
      const answer = malformedPathAnswer(path);
      response.writeHead(answer.status, answer.headers).end(answer.body);
      return;
    }
    const early = path.startsWith("/api/")
      ? hasDotSegment(path)
        ? noSuchApiAddress()
        : methodNotAllowed({ method: request.method ?? "GET", url: `http://localhost${path}` })
      : undefined;
    if (early) {
      // Node reads and drops whatever body is still coming once the answer has gone.
      void early.text().then((body) => {
        response.writeHead(early.status, { ...NON_PAGE_HEADERS, ...Object.fromEntries(early.headers) }).end(body);
      });
      return;
    }
    const connection = request.socket.remoteAddress ?? "";
    const forwarded = headerText(request.headers[env.TRUSTED_IP_HEADER]);
    const address = clientAddress(connection, forwarded, proxies);
    if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
    else delete request.headers[CLIENT_ADDRESS_HEADER];
    if (!warned && forwarded === undefined && address && isTrusted(address, proxies)) {
      warned = true;
      logger.warn(
        `A request from the trusted proxy ${address} carries no ${env.TRUSTED_IP_HEADER} header: every client behind it counts as one ` +
          "for the sign-in limit. Make the proxy set it, or set TRUSTED_IP_HEADER to the header it does set.",
      );
    }
    handle(request, response).catch((error: unknown) => {
      logServerError(error, { requestId, method: request.method, path });
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  answerClientErrors(server);
  server.listen(env.PORT, env.HOSTNAME, () => logger.info(`Ready on http://${env.HOSTNAME}:${env.PORT}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close();
      void app.close().finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "the server could not start");
  process.exit(1);
});
