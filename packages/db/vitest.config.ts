import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // A throwaway PostgreSQL server for the run, so every db test also runs on PostgreSQL.
    globalSetup: ["src/testing/global-setup.ts"],
  },
});
