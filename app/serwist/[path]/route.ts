import { createSerwistRoute } from "@serwist/turbopack";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";

/**
 * The offline lessons' service worker (/serwist/sw.js), bundled from app/sw.ts when the app is built,
 * with the list of the build's scripts, styles, fonts and images a saved tour keeps.
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  globPatterns: [`${distDir}/static/**/*.{js,css,woff2,png,svg}`],
});
