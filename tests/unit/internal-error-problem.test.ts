import { afterEach, describe, expect, it, vi } from "vitest";
import { internalErrorProblem } from "@/lib/http/internal-error-problem";
import { logger } from "@/lib/log/logger";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";

afterEach(() => vi.restoreAllMocks());

describe("a route's 500", () => {
  it("says only the request id, and logs the error with it once", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const request = new Request("http://localhost/api/v1/admin/entries", {
      method: "POST",
      headers: { [REQUEST_ID_HEADER]: "3f1c0e9a-1111-4222-8333-944445555666" },
    });
    const error = new SyntaxError(`Unexpected token 'b', "{"title": broken" is not valid JSON`);
    const response = internalErrorProblem(error, request);

    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({
      status: 500,
      title: "Internal Server Error",
      requestId: "3f1c0e9a-1111-4222-8333-944445555666",
    });
    for (const leak of ["SyntaxError", "broken", "    at "]) expect(body).not.toContain(leak);

    expect(logged).toHaveBeenCalledTimes(1);
    const [fields] = logged.mock.calls[0] as unknown as [Record<string, unknown>];
    expect(fields).toMatchObject({ requestId: "3f1c0e9a-1111-4222-8333-944445555666", method: "POST", path: "/api/v1/admin/entries" });
    expect(fields.err).toMatchObject({ name: "SyntaxError", stack: expect.stringContaining("    at ") });
  });
});
