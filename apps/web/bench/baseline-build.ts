/**
 * The web app as an earlier commit built it, for a same-run baseline: a detached git worktree of `ref` in a
 * temp folder, installed from the pnpm store (offline) and built with its own Vite config.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));

export interface BaselineBuild {
  ref: string;
  /** The built `apps/web/dist` of `ref`. */
  dist: string;
  remove(): void;
}

export function buildBaseline(ref: string): BaselineBuild {
  const dir = join(mkdtempSync(join(tmpdir(), "scomm-baseline-")), "repo");
  const run = (cmd: string, args: string[], cwd = dir) =>
    execFileSync(cmd, args, {
      cwd,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, npm_config_nodedir: process.env.npm_config_nodedir ?? "/usr" },
    });
  run("git", ["worktree", "add", "--detach", dir, ref], REPO);
  const remove = () => {
    execFileSync("git", ["worktree", "remove", "--force", dir], { cwd: REPO, stdio: "ignore" });
    rmSync(join(dir, ".."), { recursive: true, force: true });
  };
  try {
    run("pnpm", ["install", "--offline", "--frozen-lockfile", "--filter", "@scomm/web..."]);
    run("pnpm", ["--filter", "@scomm/web", "exec", "vite", "build"]);
  } catch (error) {
    remove();
    throw error;
  }
  return { ref, dist: join(dir, "apps/web/dist"), remove };
}
