import net from "node:net";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./database-url";

/** The origin in `text` if it is one as a browser sends it (scheme, host and port, nothing after), else null. */
function parseOrigin(text: string): string | null {
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
  return bare && (url.protocol === "http:" || url.protocol === "https:") ? url.origin : null;
}

/** An address ("192.0.2.1") or a network ("10.0.0.0/8", "fd00::/8") as { address, prefix }, else null. */
function parseNetwork(text: string): { address: string; prefix: number } | null {
  const [address = "", prefixText, ...rest] = text.split("/");
  const family = net.isIP(address);
  if (!family || rest.length) return null;
  const bits = family === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? bits : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : Number.NaN;
  return prefix >= 0 && prefix <= bits ? { address, prefix } : null;
}

/** A comma-separated setting as a list, each item parsed; an item that does not parse fails the setting, naming it. */
function listSetting<T>(example: string, parse: (item: string) => T | null) {
  return z
    .string()
    .default("")
    .transform((list, context) => {
      const items: T[] = [];
      for (const text of list.split(",").map((part) => part.trim())) {
        if (!text) continue;
        const item = parse(text);
        if (item === null) {
          context.addIssue({ code: "custom", message: `"${text}" is not ${example}` });
          return z.NEVER;
        }
        items.push(item);
      }
      return items;
    });
}

/** Every setting the app reads, each with its check and default. `.env.example` documents each. */
const settings = {
  /** A "file:" URL (SQLite, relative to the project root) or a "postgresql://" URL. */
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
  /** Where `npm start` listens. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().trim().min(1).default("localhost"),
  /** Unset (or empty, as in .env.example): the address `npm start` serves (see `env.PUBLIC_BASE_URL`). */
  PUBLIC_BASE_URL: z.preprocess((value) => (value === "" ? undefined : value), z.url().optional()),
  /**
   * Origins besides PUBLIC_BASE_URL whose pages may sign staff in (a second name, a LAN address,
   * the address a reverse proxy is reached by), comma-separated.
   */
  TRUSTED_ORIGINS: listSetting(
    "an origin such as https://memorial.example.org or http://192.168.1.20:3000 (scheme, host, port; no path)",
    parseOrigin,
  ),
  /** A raster tile URL template ({z}/{x}/{y}); empty means the offline basemap only. */
  MAP_TILE_URL: z.string().default(""),
  MAP_TILE_ATTRIBUTION: z.string().default(""),
  /** Folder for uploaded images and their thumbnails. */
  UPLOADS_DIR: z.string().default("uploads"),
  /**
   * SQLite: how long a write waits for another process's lock (a CLI command, a restore) before the
   * request fails with 503. Readers (backups, DB browsers) never make a write wait.
   */
  SQLITE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  /**
   * Reverse proxies in front of the app, comma-separated addresses or networks. Only on a connection
   * from one of them is TRUSTED_IP_HEADER read for the client's address; otherwise the connection's
   * own address counts, whatever the request's headers say.
   */
  TRUSTED_PROXIES: listSetting("an address or network such as 127.0.0.1, 10.0.0.0/8 or fd00::/8", parseNetwork),
  /** The header those proxies put the client's address in (each appending to a list, or replacing it). */
  TRUSTED_IP_HEADER: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9!#$%&'*+.^_`|~-]+$/, "must be one HTTP header name, e.g. x-real-ip")
    .default("x-forwarded-for"),
  /**
   * Staff sessions end after this long without a request (idle), and this long after sign-in however
   * busy (absolute): fractions allowed, e.g. 0.5 for half an hour.
   */
  SESSION_IDLE_HOURS: z.coerce.number().positive().default(12),
  SESSION_MAX_DAYS: z.coerce.number().positive().default(7),
  /** "off" stops the start script from creating the demo accounts when it seeds a new database. */
  DEMO_ACCOUNTS: z.string().default("on"),
} satisfies Record<string, z.ZodType>;

type Name = keyof typeof settings;
type Settings = { readonly [K in Name]: z.output<(typeof settings)[K]> };

/** The settings, plus what follows from them. */
export type Env = Omit<Settings, "PUBLIC_BASE_URL"> & {
  /** The absolute address of the site: as set, else where `npm start` serves on this machine. */
  readonly PUBLIC_BASE_URL: string;
  /** Whether PUBLIC_BASE_URL was set: when it was not, sign-in also trusts every address `npm start` serves. */
  readonly PUBLIC_BASE_URL_SET: boolean;
};

/**
 * One setting, checked when read and again only when the environment's value changes: the tests
 * and the scripts set DATABASE_URL (and UPLOADS_DIR) after some module has already imported this
 * one, and each must see the value in force when it reads it, not one frozen at first import.
 */
function checkedSetting<K extends Name>(name: K): () => Settings[K] {
  let checked: { raw: string | undefined; value: Settings[K] } | undefined;
  return () => {
    const raw = process.env[name];
    if (!checked || checked.raw !== raw) {
      const parsed = settings[name].safeParse(raw);
      if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
      checked = { raw, value: parsed.data as Settings[K] };
    }
    return checked.value;
  };
}

const read = Object.fromEntries((Object.keys(settings) as Name[]).map((name) => [name, checkedSetting(name)])) as {
  [K in Name]: () => Settings[K];
};

/** The app's settings, read from the environment through their checks (see `settings` above). */
export const env: Env = Object.defineProperties(
  {},
  {
    ...Object.fromEntries((Object.keys(settings) as Name[]).map((name) => [name, { get: read[name], enumerable: true }])),
    PUBLIC_BASE_URL: { get: () => read.PUBLIC_BASE_URL() ?? `http://localhost:${read.PORT()}`, enumerable: true },
    PUBLIC_BASE_URL_SET: { get: () => read.PUBLIC_BASE_URL() !== undefined, enumerable: true },
  },
) as Env;
