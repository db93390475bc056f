import net from "node:net";

/**
 * The request header that carries the client's address to the app. scripts/serve.ts sets it on every
 * request from the connection (and a trusted proxy's header), replacing any copy the client sent;
 * the sign-in limits and the session records read it and nothing else.
 */
export const CLIENT_ADDRESS_HEADER = "x-memorial-client-address";

/** One entry of TRUSTED_PROXIES: an address, or a network when `prefix` is shorter than the address. */
export interface TrustedProxy {
  address: string;
  prefix: number;
}

/** The proxies as a set that also matches IPv4 addresses written as IPv6 (::ffff:192.0.2.1). */
export function trustedProxySet(proxies: readonly TrustedProxy[]): net.BlockList {
  const set = new net.BlockList();
  for (const { address, prefix } of proxies) set.addSubnet(address, prefix, net.isIPv4(address) ? "ipv4" : "ipv6");
  return set;
}

/** "::ffff:192.0.2.1" → "192.0.2.1"; "192.0.2.1:5678" and "[2001:db8::1]:443" lose their port; null if not an address. */
function addressIn(text: string): string | null {
  const bare = text
    .trim()
    .replace(/^\[([^\]]+)\](:\d+)?$/, "$1")
    .replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1");
  if (!net.isIP(bare)) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  return mapped?.[1] ?? bare.toLowerCase();
}

/** True when `address` (as clientAddress returns it) is one of the trusted proxies. */
export function isTrusted(address: string, proxies: net.BlockList): boolean {
  return proxies.check(address, net.isIPv4(address) ? "ipv4" : "ipv6");
}

/**
 * The address of the client behind a request: the connection's, unless the connection comes from a
 * trusted proxy. Then `forwarded` (the proxy's header, a list each proxy appends to) is read from the
 * right, past every trusted proxy, to the first address that is not one: the leftmost entries are
 * whatever the client sent and prove nothing. An entry that is not an address stops the walk at the
 * last address known (a proxy's): a proxy never writes one, so the header was not written by a proxy.
 */
export function clientAddress(connection: string, forwarded: string | undefined, proxies: net.BlockList): string | null {
  let client = addressIn(connection);
  if (!client || !isTrusted(client, proxies)) return client;
  const hops = (forwarded ?? "").split(",").filter((hop) => hop.trim());
  for (const text of hops.reverse()) {
    const hop = addressIn(text);
    if (!hop) return client;
    client = hop;
    if (!isTrusted(client, proxies)) return client;
  }
  return client;
}
