import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { publicRoute } from "@/lib/http/public-route";
import { logger } from "@/lib/log/logger";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";

afterEach(() => vi.restoreAllMocks());

const request = () =>
  new Request("http://localhost/api/v1/search?q=x", { headers: { [REQUEST_ID_HEADER]: "0b7c2d4e-5555-4666-8777-988889999000" } });

describe("a public route handler that fails", () => {
  it("answers a bug with a 500 problem document naming the request id, never the error, and logs it with the stack", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const GET = publicRoute(async (_request: Request): Promise<Response> => {
      throw new TypeError("Cannot read properties of undefined (reading 'title') in SELECT * FROM Entry");
    });
    const response = await GET(request());
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ status: 500, requestId: "0b7c2d4e-5555-4666-8777-988889999000" });
    for (const leak of ["TypeError", "SELECT", "reading", "    at "]) expect(body).not.toContain(leak);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]![0]).toMatchObject({ requestId: "0b7c2d4e-5555-4666-8777-988889999000", path: "/api/v1/search" });
  });

  it("answers a refusal thrown on the way with its own problem document", async () => {
    const GET = publicRoute((): Response => {
      throw new AppError("NOT_FOUND", "No such entry");
    });
    const response = await GET(request());
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ title: "Not found", detail: "No such entry" });
  });

  it("passes a handler's own answer through", async () => {
    const GET = publicRoute(() => Response.json({ ok: true }));
    expect(await (await GET(request())).json()).toEqual({ ok: true });
  });
});
