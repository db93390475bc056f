import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./database-url";

/** The origin in `text` if it is one as a browser sends it (scheme, host and port, nothing after), else null. */
function parseOrigin(text: string): string | null {
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
  return bare && (url.protocol === "http:" || url.protocol === "https:") ? url.origin : null;
}

/** Every setting the app reads, checked once. `.env.example` documents each. */
const envSchema = z
  .object({
    DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
    /** Where `npm start` listens. */
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOSTNAME: z.string().trim().min(1).default("localhost"),
    /** Unset: the address `npm start` serves, so a bare start needs no settings. */
    PUBLIC_BASE_URL: z.url().optional(),
    /**
     * Origins besides PUBLIC_BASE_URL whose pages may sign staff in (a second name, a LAN address,
     * the address a reverse proxy is reached by), comma-separated.
     */
    TRUSTED_ORIGINS: z
      .string()
      .default("")
      .transform((list, context) => {
        const origins: string[] = [];
        for (const item of list.split(",").map((part) => part.trim())) {
          if (!item) continue;
          const origin = parseOrigin(item);
          if (!origin) {
            context.addIssue({
              code: "custom",
              message: `TRUSTED_ORIGINS: "${item}" is not an origin such as https://memorial.example.org or http://192.168.1.20:3000 (scheme, host, port; no path)`,
            });
            return z.NEVER;
          }
          origins.push(origin);
        }
        return origins;
      }),
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
      .regex(/^[a-z0-9!#$%&'*+.^_`|~-]+$/, "TRUSTED_IP_HEADER must be one HTTP header name, e.g. x-real-ip")
      .default("x-forwarded-for"),
  })
  .transform((settings) => ({
    ...settings,
    PUBLIC_BASE_URL: settings.PUBLIC_BASE_URL ?? `http://localhost:${settings.PORT}`,
    /** Whether PUBLIC_BASE_URL was set: when it was not, sign-in also trusts every address `npm start` serves. */
    PUBLIC_BASE_URL_SET: settings.PUBLIC_BASE_URL !== undefined,
  }));

export const env = envSchema.parse(process.env);
