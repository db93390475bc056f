import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { API_ROUTE_METHODS, allowedMethods } from "@/lib/http/api-route-methods";
import { methodNotAllowed } from "@/lib/http/method-not-allowed";
import { hasDotSegment, noSuchApiAddress } from "@/lib/http/no-such-api-address";

const API_DIR = path.join(__dirname, "..", "..", "app", "api", "v1");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Every route handler under app/api/v1, with the methods its file exports (the catch-all that answers what none serves is app/api's). */
function routeFiles(dir = API_DIR, address = "/api/v1"): [string, string[]][] {
  const found: [string, string[]][] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(dir, entry.name);
    const at = `${address}/${entry.name}`;
    const route = path.join(folder, "route.ts");
    if (fs.existsSync(route)) {
      const source = fs.readFileSync(route, "utf8");
      const exported = METHODS.filter((method) => new RegExp(`^export (?:const|(?:async )?function) ${method}\\b`, "m").test(source));
      found.push([at, exported]);
    }
    found.push(...routeFiles(folder, at));
  }
  return found;
}

const request = (method: string, address: string) => new NextRequest(`http://localhost${address}`, { method });

describe("the table of API addresses and their methods", () => {
  it("names every route handler under app/api/v1 with exactly the methods its file exports", () => {
    const files = Object.fromEntries(routeFiles().sort(([a], [b]) => a.localeCompare(b)));
    const table = Object.fromEntries(Object.entries(API_ROUTE_METHODS).sort(([a], [b]) => a.localeCompare(b)));
    expect(Object.keys(files).length).toBeGreaterThan(20);
    // A new route or method: add it to lib/http/api-route-methods.ts, or the proxy answers its requests 405.
    expect(table).toEqual(files);
  });

  it("finds an address's methods as Next.js routes it: a fixed segment before a parameter", () => {
    expect(allowedMethods("/api/v1/admin/tours/choices")).toEqual(["GET"]);
    expect(allowedMethods("/api/v1/admin/tours/a-tour")).toEqual(["GET", "PUT", "DELETE"]);
    expect(allowedMethods("/api/v1/entries/%D1%80%D0%B6%D0%B5%D0%B2")).toEqual(["GET"]);
    expect(allowedMethods("/api/v1/openapi.json")).toEqual(["GET"]);
    expect(allowedMethods("/api/v1/no-such-thing")).toBeUndefined();
    expect(allowedMethods("/api/v1/entries/a/b")).toBeUndefined();
  });
});

describe("a request to an API address with a method it does not take", () => {
  it("is answered 405 with Allow and a problem document", async () => {
    const response = methodNotAllowed(request("DELETE", "/api/v1/viewport"))!;
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({
      type: "about:blank",
      title: "Method Not Allowed",
      status: 405,
      detail: "DELETE is not a method this address takes: GET, HEAD, OPTIONS.",
    });
    const admin = methodNotAllowed(request("GET", "/api/v1/admin/entries"))!;
    expect([admin.status, admin.headers.get("allow")]).toEqual([405, "OPTIONS, POST"]);
  });

  it("is let through when the method is served (HEAD with GET, OPTIONS always), and so is an address no route serves", () => {
    for (const [method, address] of [
      ["GET", "/api/v1/viewport"],
      ["HEAD", "/api/v1/search"],
      ["OPTIONS", "/api/v1/admin/entries"],
      ["PATCH", "/api/v1/admin/users/abc"],
      ["POST", "/api/v1/no-such-thing"],
    ]) {
      expect(methodNotAllowed(request(method!, address!)), `${method} ${address}`).toBeUndefined();
    }
  });
});

describe("every API route handler", () => {
  it("goes through publicRoute or authorizedRoute, so what it throws becomes a problem document (a 500 with the request id)", () => {
    const bare: string[] = [];
    for (const [address, methods] of routeFiles()) {
      const source = fs.readFileSync(path.join(API_DIR, "..", "..", address.slice(1), "route.ts"), "utf8");
      for (const method of methods) {
        // routes.GET and routes.PUT: lib/http/publishable-routes.ts makes them with authorizedRoute.
        const wrapped = new RegExp(`^export const ${method} = (?:publicRoute\\(|authorizedRoute\\(|routes\\.${method};)`, "m");
        if (!wrapped.test(source)) bare.push(`${method} ${address}`);
      }
    }
    expect(bare).toEqual([]);
  });
});

describe("an address under /api that no route serves", () => {
  it("is a 404 problem document that points at the list of addresses", async () => {
    const response = noSuchApiAddress();
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({
      title: "Not found",
      status: 404,
      detail: expect.stringContaining("/api/v1/openapi.json"),
    });
  });

  it("is served by one catch-all for the whole of /api, so /api/v1 itself and /api/v2/… are problem documents too", () => {
    const api = path.join(API_DIR, "..");
    expect(fs.existsSync(path.join(api, "[[...unknown]]", "route.ts"))).toBe(true);
    expect(fs.readdirSync(API_DIR).filter((name) => name.includes("..."))).toEqual([]);
  });

  it("includes a path with a dot segment, written out or encoded, which Next.js would resolve to a page's address", () => {
    for (const path of [
      "/api/v1/%2e%2e/%2e%2e/etc/passwd",
      "/api/v1/../x",
      "/api/v1/./viewport",
      "/api/v1/%2E/x",
      "/api/v1/.%2e",
      "/api/v1\\..\\x",
    ]) {
      expect(hasDotSegment(path), path).toBe(true);
    }
    for (const path of [
      "/api/v1/viewport",
      "/api/v1/entries/a.b",
      "/api/v1/openapi.json",
      "/api/v1/...",
      "/api/v1/..%2F..%2Fetc",
      "/api/v1/%",
    ]) {
      expect(hasDotSegment(path), path).toBe(false);
    }
  });
});
