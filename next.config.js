// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: {
    // Messages are compiled from ICU at build time, so the browser gets a small formatter instead of
    // the ICU parser (about 9 KB gzipped on every page). tests/unit/bundle-messages-precompile.test.ts
    // checks each message reads the same as the run-time formatter writes it.
    messages: { path: "./messages", format: "json", locales: "infer", precompile: true },
  },
});

/** Sent with every response. The page policy (scripts, framing) is set per request by proxy.ts. */
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * Responses that are not pages: nothing in them may run, load or be framed (kept in step with
 * NON_PAGE_CONTENT_SECURITY_POLICY in lib/security/content-security-policy.ts, which the tests compare).
 */
const NON_PAGE_POLICY = [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Benchmarks build into their own folder so they never race the app's or the tests' build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      ...["/api/:path*", "/s/:path*", "/media/:path*", "/basemap/:path*", "/sitemap.xml", "/robots.txt"].map((source) => ({
        source,
        headers: NON_PAGE_POLICY,
      })),
      // Browsers ignore HSTS over plain HTTP; behind a TLS-terminating proxy, it says so.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
  // Native and WASM database drivers must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  // Only the built-in offline basemap and local uploads are images; nothing is fetched from elsewhere.
  images: { unoptimized: true },
  // Types are checked by `npm test` (tsc over the whole tree, tests included); `npm start` only needs to build.
  typescript: { ignoreBuildErrors: true },
  turbopack: {
    // vis-timeline spreads all of vis-util into its helpers, keeping vis-util's own colour picker,
    // configurator and validator it never uses (it has copies): it gets the part it uses instead,
    // about 9 KB gzipped less in the timeline chunk. tests/unit/bundle-vis-util-subset.test.ts
    // checks the part against the installed vis-timeline and vis-data.
    // Its HTML filter, xss, gives way to an escape-everything stand-in (app/_shims/xss-escape-all.ts):
    // the timeline is handed no markup, so nothing needs filtering, and about 6 KB gzipped goes.
    // Its date library, moment, gives way to the part of moment's API it calls, in English and Russian
    // (app/_shims/moment-for-timeline.ts, checked against moment by tests/unit/bundle-moment-subset.test.ts).
    resolveAlias: {
      "vis-util/esnext/esm/vis-util.js": "./app/_shims/vis-util-for-timeline.ts",
      xss: "./app/_shims/xss-escape-all.ts",
      moment: "./app/_shims/moment-for-timeline.ts",
    },
  },
};

module.exports = withNextIntl(nextConfig);
