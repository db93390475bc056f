import { env } from "@/lib/env";
import { servedOrigins } from "./served-origins";

/**
 * The origins whose pages may sign staff in (better-auth refuses a state-changing request from any
 * other: the CSRF check). PUBLIC_BASE_URL and TRUSTED_ORIGINS always; while PUBLIC_BASE_URL is unset,
 * also every address `npm start` serves on, so a bare start works at whatever address it printed.
 */
export const trustedOrigins: readonly string[] = [
  ...new Set([
    new URL(env.PUBLIC_BASE_URL).origin,
    ...(env.PUBLIC_BASE_URL_SET ? [] : servedOrigins({ port: env.PORT, hostname: env.HOSTNAME })),
    ...env.TRUSTED_ORIGINS,
  ]),
];
