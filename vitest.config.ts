import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
    globalSetup: ["tests/unit/global-setup.ts"],
    environment: "node",
    // Each test file opens its own copy of the migrated database.
    pool: "forks",
  },
});
