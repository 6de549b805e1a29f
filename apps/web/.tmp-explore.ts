import AxeBuilder from "@axe-core/playwright";
import { startApi } from "./e2e/support/api-server.js";
import { launchBrowser } from "./e2e/support/browser.js";

const api = await startApi();
const browser = await launchBrowser();
try {
  for (const [name, url, width] of [
    ["trends-es", "/trends?date=2011-07-01&lang=es&weight=population&state=06", 1280],
    ["j-mobile", "/j/36047?date=2012-06-01", 375],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    page.on("pageerror", (e) => console.log("pageerror:", e.message));
    await page.goto(`${api.url}${url}`);
    await page.getByTestId("export-open").click();
    await page.getByTestId("export-preview").locator("img").waitFor({ timeout: 30000 });
    await page.screenshot({ path: `/tmp/exp/dialog-${name}.png` });
    const results = await new AxeBuilder({ page }).include("dialog").analyze();
    console.log(name, results.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    await download.saveAs(`/tmp/exp/${name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await api.stop();
}
