import { defineConfig } from "vitest/config";

// Only unit tests: bench/*.bench.ts runs with `pnpm bench`, never with `test`. The first image in a file
// starts a render worker (tsx, geometry, fonts: seconds on a busy 2-core machine), hence the longer timeout.
export default defineConfig({ test: { include: ["src/**/*.test.ts"], testTimeout: 30_000, hookTimeout: 30_000 } });
