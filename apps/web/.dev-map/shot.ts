// Temporary (map helper): screenshot a URL of the private build. Usage: tsx shot.ts <path+query> <w> <h> <out> [waitSelector]
import { launchBrowser } from "../e2e/support/browser.js";
const [path = "/", w = "1280", h = "800", out = "/tmp/shot.png", wait = "[data-painted]"] = process.argv.slice(2);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, deviceScaleFactor: 1 });
page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") console.log("console:", m.text()); });
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto(`http://127.0.0.1:4710${path}`);
await page.locator(wait).first().waitFor({ timeout: 30000 }).catch((e) => console.log("wait failed", String(e).slice(0, 200)));
await page.waitForTimeout(Number(process.env.SETTLE ?? 600));
if (process.env.ACTIONS) { const f = new Function("page", `return (async () => { ${process.env.ACTIONS} })()`); await f(page); await page.waitForTimeout(500); }
await page.screenshot({ path: out, fullPage: process.env.FULL === "1" });
await browser.close();
