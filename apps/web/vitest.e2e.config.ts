import { defineConfig } from "vitest/config";

/** Browser tests against the real api serving the built app (see e2e/global-setup.ts). */
export default defineConfig({
  test: {
    include: ["e2e/**/*.spec.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
