import AxeBuilder from "@axe-core/playwright";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../../packages/db/src/index.js";
import { createDeps } from "../api/src/context.js";
import { createHttpServer } from "../api/src/server.js";
import { launchBrowser } from "./e2e/support/browser.js";
const db = await openDatabase(mkdtempSync(join(tmpdir(), "shot-")), { reseed: "if-changed" });
const deps = await createDeps(db, { logger: { info() {}, error: console.error } });
const server = createHttpServer(deps, { webDist: "/tmp/mydist" }).listen(0, "127.0.0.1");
await new Promise((r) => server.once("listening", r));
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const browser = await launchBrowser();
for (const path of ["/trends?date=2011-07-01", "/changes?date=2015-01-01&from=2014-01-01&to=2015-01-01", "/table?date=2012-06-01"]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(url + path); await page.waitForTimeout(4000);
  if (path.startsWith("/trends")) { await page.getByRole("button", { name: "Show the numbers as a table" }).click(); }
  const r = await new AxeBuilder({ page }).analyze();
  console.log(path, r.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`));
  await page.close();
}
await browser.close(); server.close(); server.closeAllConnections(); await db.destroy();
