import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./database-url";

/** Every setting the app reads, each with its check and default. `.env.example` documents each. */
const settings = {
  /** A "file:" URL (SQLite, relative to the project root) or a "postgresql://" URL. */
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
  PUBLIC_BASE_URL: z.url().default("http://localhost:3000"),
  /** A raster tile URL template ({z}/{x}/{y}); empty means the offline basemap only. */
  MAP_TILE_URL: z.string().default(""),
  MAP_TILE_ATTRIBUTION: z.string().default(""),
  /** Folder for uploaded images and their thumbnails. */
  UPLOADS_DIR: z.string().default("uploads"),
  /**
   * The request header that holds the client's address for the sign-in limit. Only a header the
   * reverse proxy overwrites can be trusted: a client may send any other itself.
   */
  TRUSTED_IP_HEADER: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9!#$%&'*+.^_`|~-]+$/, "must be one HTTP header name, e.g. x-real-ip")
    .default("x-forwarded-for"),
  /** "off" stops the start script from creating the demo accounts when it seeds a new database. */
  DEMO_ACCOUNTS: z.string().default("on"),
} satisfies Record<string, z.ZodType>;

type Name = keyof typeof settings;
export type Env = { readonly [K in Name]: z.output<(typeof settings)[K]> };

/**
 * One setting, checked when read and again only when the environment's value changes: the tests
 * and the scripts set DATABASE_URL (and UPLOADS_DIR) after some module has already imported this
 * one, and each must see the value in force when it reads it, not one frozen at first import.
 */
function checkedSetting<K extends Name>(name: K): () => Env[K] {
  let checked: { raw: string | undefined; value: Env[K] } | undefined;
  return () => {
    const raw = process.env[name];
    if (!checked || checked.raw !== raw) {
      const parsed = settings[name].safeParse(raw);
      if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
      checked = { raw, value: parsed.data as Env[K] };
    }
    return checked.value;
  };
}

/** The app's settings, read from the environment through their checks (see `settings` above). */
export const env: Env = Object.defineProperties(
  {},
  Object.fromEntries((Object.keys(settings) as Name[]).map((name) => [name, { get: checkedSetting(name), enumerable: true }])),
) as Env;
