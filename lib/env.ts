import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./database-url";

/** Every setting the app reads, checked once. `.env.example` documents each. */
const envSchema = z.object({
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
  PUBLIC_BASE_URL: z.url().default("http://localhost:3000"),
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
   * The request header that holds the client's address for the sign-in limit. Only a header the
   * reverse proxy overwrites can be trusted: a client may send any other itself.
   */
  TRUSTED_IP_HEADER: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9!#$%&'*+.^_`|~-]+$/, "TRUSTED_IP_HEADER must be one HTTP header name, e.g. x-real-ip")
    .default("x-forwarded-for"),
});

export const env = envSchema.parse(process.env);
