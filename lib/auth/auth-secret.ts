import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SECRET_FILE = path.join("data", "auth-secret");

/**
 * The key that signs session cookies: BETTER_AUTH_SECRET when set (production), else one made on
 * first start and kept in data/auth-secret, so the demo needs no setup and sessions survive restarts.
 */
export function ensureAuthSecret(): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.resolve(/* turbopackIgnore: true */ process.cwd(), SECRET_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.BETTER_AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  return process.env.BETTER_AUTH_SECRET;
}
