import type http from "node:http";
import type { Duplex } from "node:stream";
import { NON_PAGE_HEADERS } from "./non-page-headers";

/** What Node's HTTP parser refused, by its error code, as a status and a sentence a client can act on. */
function refusal(code: string | undefined): { status: number; title: string; detail: string } {
  if (code === "HPE_HEADER_OVERFLOW") {
    return { status: 431, title: "Request Header Fields Too Large", detail: "The request's headers are larger than this server reads." };
  }
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") {
    return { status: 408, title: "Request Timeout", detail: "The request did not arrive in time." };
  }
  return {
    status: 400,
    title: "Bad Request",
    detail:
      "The request is not valid HTTP: an address may hold only ASCII characters, so letters such as Cyrillic ones must be " +
      "percent-encoded (a browser does this itself; with curl, use --data-urlencode or encode the address).",
  };
}

/**
 * Answers a request Node refuses before any handler sees it (raw non-ASCII bytes in the address, a
 * malformed request line, headers too large) with a problem document, as every other refusal of this
 * app is answered, instead of Node's bare status line. A connection already gone is just closed.
 */
export function answerClientErrors(server: http.Server): void {
  server.on("clientError", (error: Error & { code?: string }, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const { status, title, detail } = refusal(error.code);
    const body = JSON.stringify({ type: "about:blank", title, status, detail });
    const headers = {
      ...NON_PAGE_HEADERS,
      "Content-Type": "application/problem+json",
      "Content-Length": String(Buffer.byteLength(body)),
      Connection: "close",
    };
    const head = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}`)
      .join("\r\n");
    socket.end(`HTTP/1.1 ${status} ${title}\r\n${head}\r\n\r\n${body}`);
  });
}
