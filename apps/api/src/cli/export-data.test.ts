import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const API_DIR = fileURLToPath(new URL("../..", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "scomm-export-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("pnpm data:export", () => {
  it("opens the configured database (seeding an empty one) and finds the files already holding its record", async () => {
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, ["--import", "tsx", "src/cli/export-data.ts"], {
      cwd: API_DIR,
      env: { ...process.env, NODE_ENV: "test", DATA_DIR: dataDir, DATABASE_URL: "" },
    });
    expect(stdout.trim()).toBe("the files already hold the published record: nothing written");
  });
});
