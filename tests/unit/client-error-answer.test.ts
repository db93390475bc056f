import http from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerClientErrors } from "@/lib/http/client-error-answer";

/** Sends raw bytes (what `curl` sends for a typed Cyrillic address) and reads the whole answer. */
function rawRequest(port: number, bytes: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(bytes));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString("utf8")));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

describe("a request Node's HTTP parser refuses", () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    server = http.createServer((_request, response) => response.end("ok"));
    answerClientErrors(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("gets a 400 with a problem document saying what to do (an address with raw non-ASCII characters)", async () => {
    const answer = await rawRequest(port, Buffer.from("GET /api/v1/search?q=Ржев HTTP/1.1\r\nHost: localhost\r\n\r\n", "utf8"));
    const [head, body] = answer.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(head).toMatch(/content-type: application\/problem\+json/i);
    expect(head).toMatch(/x-content-type-options: nosniff/i);
    expect(JSON.parse(body!)).toMatchObject({ status: 400, detail: expect.stringContaining("percent-encoded") });
  });

  it("gets a 431 problem document for headers too large", async () => {
    const answer = await rawRequest(port, Buffer.from(`GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`));
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(answer.split("\r\n\r\n")[1]!)).toMatchObject({ status: 431 });
  });

  it("still answers a well-formed request", async () => {
    expect(await rawRequest(port, Buffer.from("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))).toMatch(/ok$/);
  });
});
