import { env } from "@/lib/env";

const ALL_INTERFACES = new Set(["0.0.0.0", "::", "[::]"]);

/**
 * Where this server can reach itself (for the PDF renderer): its loopback address on PORT. Never an
 * address taken from the request, which a client could point at another host.
 */
export function ownOrigin(): string {
  const host = ALL_INTERFACES.has(env.HOSTNAME) ? "127.0.0.1" : env.HOSTNAME;
  return `http://${host.includes(":") && !host.startsWith("[") ? `[${host}]` : host}:${env.PORT}`;
}
