import { defineConfig } from "vitest/config";

// Only unit tests: bench/*.bench.ts runs with `pnpm bench`, never with `test`.
export default defineConfig({ test: { include: ["src/**/*.test.ts"] } });
