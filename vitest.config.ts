import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // The data layer is marked server-only; tests run it as the server does, outside any client bundle.
      "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
    globalSetup: ["tests/unit/global-setup.ts"],
    environment: "node",
    // Each test file opens its own copy of the migrated database.
    pool: "forks",
  },
});
