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
try {
  const page = await browser.newPage({ viewport: { width: Number(process.env.W ?? 1280), height: 1000 } });
  page.on("console", (m) => m.type() === "error" && console.log("console:", m.text()));
  page.on("pageerror", (e) => console.log("pageerror:", e.message));
  for (const [path, name, h] of JSON.parse(process.argv[2] ?? "[]") as [string, string, number][]) {
    await page.goto(url + path);
    await page.waitForTimeout(Number(process.env.WAIT ?? 3500));
    if (process.env.CLICK) { for (const sel of process.env.CLICK.split("|")) { await page.locator(sel).first().click(); await page.waitForTimeout(800); } }
    const full = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({ path: `/tmp/shots/${name}`, fullPage: true, clip: { x: 0, y: Number(process.env.Y ?? 0), width: Number(process.env.W ?? 1280), height: Math.min(full - Number(process.env.Y ?? 0), h ?? 1600) } });
    if (process.env.DUMP) console.log(await page.evaluate((sel) => document.querySelector(sel)?.outerHTML.slice(0, 3000), process.env.DUMP));
  }
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
  await db.destroy();
}
