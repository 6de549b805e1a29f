import { defineConfig } from "vitest/config";
export default defineConfig({
  test: { include: ["e2e/**/*.spec.ts"], globalSetup: [".dev-map/setup.ts"], environment: "node", fileParallelism: false, testTimeout: 60_000, hookTimeout: 120_000 },
});
