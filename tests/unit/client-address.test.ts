import { describe, expect, it, vi } from "vitest";
import { clientAddress, trustedProxySet } from "@/lib/auth/client-address";

const NO_PROXIES = trustedProxySet([]);
const PROXIES = trustedProxySet([
  { address: "127.0.0.1", prefix: 32 },
  { address: "10.0.0.0", prefix: 8 },
  { address: "fd00::", prefix: 8 },
]);

describe("the client's address", () => {
  it("is the connection's when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress("203.0.113.7", "198.51.100.1", NO_PROXIES)).toBe("203.0.113.7");
    expect(clientAddress("127.0.0.1", "198.51.100.1", NO_PROXIES)).toBe("127.0.0.1");
  });

  it("is the connection's when the connection is not from a trusted proxy", () => {
    expect(clientAddress("203.0.113.7", "198.51.100.1", PROXIES)).toBe("203.0.113.7");
  });

  it("writes IPv4 over IPv6 as IPv4, so one client has one address", () => {
    expect(clientAddress("::ffff:203.0.113.7", undefined, NO_PROXIES)).toBe("203.0.113.7");
  });

  it("behind a proxy that overwrites the header, is the header's address", () => {
    expect(clientAddress("127.0.0.1", "198.51.100.1", PROXIES)).toBe("198.51.100.1");
  });

  it("behind proxies that append, is the first address from the right that is not a trusted proxy", () => {
    // The client sent "1.2.3.4, junk" itself; the outer proxy appended the client, the inner one the outer one.
    expect(clientAddress("127.0.0.1", "1.2.3.4, junk, 198.51.100.1, 10.1.1.1", PROXIES)).toBe("198.51.100.1");
    expect(clientAddress("::ffff:10.0.0.2", "2001:db8::5, fd00::1", PROXIES)).toBe("2001:db8::5");
  });

  it("reads addresses with ports and brackets as some proxies write them", () => {
    expect(clientAddress("127.0.0.1", "198.51.100.1:5123", PROXIES)).toBe("198.51.100.1");
    expect(clientAddress("127.0.0.1", "[2001:db8::5]:443", PROXIES)).toBe("2001:db8::5");
  });

  it("is the furthest address when every one is a trusted network's (a client on the proxy's own LAN)", () => {
    expect(clientAddress("10.0.0.1", "10.0.0.55", PROXIES)).toBe("10.0.0.55");
  });

  it("stops at the proxy when the header is missing or holds no address where the proxy's should be", () => {
    expect(clientAddress("127.0.0.1", undefined, PROXIES)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "198.51.100.1, unknown", PROXIES)).toBe("127.0.0.1");
  });

  it("is null without a usable connection address", () => {
    expect(clientAddress("", "198.51.100.1", PROXIES)).toBeNull();
  });
});

describe("TRUSTED_PROXIES", () => {
  async function envWith(value: string) {
    process.env.TRUSTED_PROXIES = value;
    vi.resetModules();
    try {
      return (await import("@/lib/env")).env.TRUSTED_PROXIES;
    } finally {
      delete process.env.TRUSTED_PROXIES;
    }
  }

  it("reads addresses and networks, IPv4 and IPv6", async () => {
    expect(await envWith(" 127.0.0.1, 10.0.0.0/8 ,fd00::/8,::1")).toEqual([
      { address: "127.0.0.1", prefix: 32 },
      { address: "10.0.0.0", prefix: 8 },
      { address: "fd00::", prefix: 8 },
      { address: "::1", prefix: 128 },
    ]);
  });

  it.each(["localhost", "10.0.0.0/33", "10.0.0.0/8/1", "fd00::/abc"])("refuses %s at start, naming the setting", async (value) => {
    await expect(envWith(value)).rejects.toThrow(/TRUSTED_PROXIES/);
  });
});
