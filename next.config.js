// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Benchmarks build into their own folder so they never race the app's or the tests' build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Native and WASM database drivers must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  // Only the built-in offline basemap and local uploads are images; nothing is fetched from elsewhere.
  images: { unoptimized: true },
  // Types are checked by `npm test` (tsc over the whole tree, tests included); `npm start` only needs to build.
  typescript: { ignoreBuildErrors: true },
};

module.exports = withNextIntl(nextConfig);
