import os from "node:os";

const ALL_INTERFACES = new Set(["0.0.0.0", "::", "[::]"]);

function originOf(host: string, port: number): string {
  return new URL(`http://${host.includes(":") ? `[${host}]` : host}:${port}`).origin;
}

/**
 * The addresses `npm start` serves on, as a browser's origin: the loopback names on PORT and, when
 * HOSTNAME names one host, that host; when it is 0.0.0.0 or ::, every address of this machine's
 * network interfaces (a school's LAN address). IPv6 link-local addresses are left out: a browser
 * needs a zone to reach them.
 */
export function servedOrigins({ port, hostname }: { port: number; hostname: string }): string[] {
  const hosts = ["localhost", "127.0.0.1", "::1"];
  if (ALL_INTERFACES.has(hostname)) {
    for (const addresses of Object.values(os.networkInterfaces())) {
      for (const { address, family } of addresses ?? []) {
        if (family === "IPv4" || !address.toLowerCase().startsWith("fe80:")) hosts.push(address);
      }
    }
  } else {
    hosts.push(hostname.replace(/^\[(.*)\]$/, "$1"));
  }
  return [...new Set(hosts.map((host) => originOf(host, port)))];
}
