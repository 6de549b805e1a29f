import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { CuratorScreens, type TypedEvent } from "./pages/curator-screens.js";
import { JurisdictionPage } from "./pages/jurisdiction-page.js";
import { MapPage } from "./pages/map-page.js";
import { findPostgresBin, startPostgres, type PostgresServer } from "@scomm/db/testing/postgres-server";
import { startApi, type RunningApi } from "./support/api-server.js";
import { seriousViolations } from "./support/axe.js";
import { connectBrowser } from "./support/browser.js";
import { createAdmin, signIn, type Credentials } from "./support/curators.js";
import { keepScreenshot } from "./support/screenshots.js";

/**
 * The curators' workflow end to end, on two api instances of its own sharing a throwaway PostgreSQL server
 * (the shared api the other specs assert exact counts on never sees this event): curators work on the
 * first; the second, started before the publish, must serve it without a restart. Loving County, TX (48301) was switched on on
 * 2010-07-07 and has no stance of its own; the fixture below gives it a limit on 2012-03-01.
 */
const admin: Credentials = { email: "admin@example.org", name: "Fixture Admin", password: "fixture admin password" };
const editor: Credentials = { email: "editor@example.org", name: "Fixture Editor", password: "fixture editor password" };
const fixture: TypedEvent = {
  place: "Loving County",
  type: "detainer_policy_limited",
  date: "2012-03-01",
  actor: "E2E fixture sheriff",
  summary: "E2E test fixture, not a fact: the county limits its cooperation with detainers.",
  source: { title: "E2E fixture source", publisher: "Example News", date: "2012-03-02", url: "https://example.org/e2e-fixture-source" },
  reason: "E2E fixture: new event from its source",
};

let postgres: PostgresServer;
let api: RunningApi;
let second: RunningApi;
let browser: Browser;
beforeAll(async () => {
  const bin = findPostgresBin();
  if (!bin) throw new Error("the curators' e2e needs PostgreSQL's server binaries: apt-get install -y postgresql");
  postgres = await startPostgres(bin);
  api = await startApi({ databaseUrl: postgres.url });
  second = await startApi({ databaseUrl: postgres.url });
  await createAdmin(api, admin);
  browser = await connectBrowser(inject("wsEndpoint"));
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await second?.stop();
  await api?.stop();
  await postgres?.stop();
});

const newPage = async () => (await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 })).newPage();

describe("curators", () => {
  it("an admin creates an editor; the editor adds a sourced county event and publishes it; the public record follows", async () => {
    const adminPage = await newPage();
    await signIn(adminPage, api.url, admin);
    const asAdmin = new CuratorScreens(adminPage, api.url);
    await asAdmin.openTab("Accounts");
    await asAdmin.createAccount({ ...editor, role: "editor" });
    expect(await adminPage.locator(`tr[data-email="${editor.email}"]`).innerText()).toContain("editor");

    const page = await newPage();
    await signIn(page, api.url, editor);
    expect(await page.getByTestId("curator-account").innerText()).toContain(`${editor.email}), editor`);
    // An editor is offered no accounts screen.
    expect(await page.getByRole("link", { name: "Accounts" }).count()).toBe(0);
    const screens = new CuratorScreens(page, api.url);
    await screens.fillEvent(fixture);
    expect(await page.getByTestId("chosen-jurisdiction").innerText()).toContain("(48301)");
    // The preview, by the map's rules: activated from 2010-07-07, limits cooperation from the fixture's date.
    await screens.previewRow("2012-03-01").waitFor();
    expect(await screens.previewRow("2012-03-01").getAttribute("data-category")).toBe("limits");
    expect(await screens.previewRow("2012-03-01").getAttribute("data-changed")).toBe("true");
    expect(await screens.previewRow("2010-07-07").getAttribute("data-category")).toBe("activated");
    expect(await page.getByTestId("why-result").getAttribute("data-category")).toBe("limits");
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, "curator-event-form.png");
    const id = await screens.publish();
    expect(await page.getByTestId("event-status").getAttribute("data-status")).toBe("published");

    const map = new MapPage(await newPage(), api.url);
    await map.open({ date: "2012-03-02", level: "county", selected: "48301" });
    await expect.poll(() => map.panelCategory()).toBe("limits");
    await map.open({ date: "2012-02-29", level: "county", selected: "48301" });
    await expect.poll(() => map.panelCategory()).toBe("activated");

    const jurisdiction = new JurisdictionPage(await newPage(), api.url);
    await jurisdiction.open("48301", { date: "2012-03-02" });
    expect(await jurisdiction.category()).toBe("limits");
    const row = jurisdiction.event(id).first();
    expect(await row.innerText()).toContain("E2E fixture source");
    expect(await row.locator(`a[href="${fixture.source.url}"]`).count()).toBeGreaterThan(0);

    const csv = await (await fetch(`${api.url}/data/events.csv`)).text();
    const line = csv.split("\r\n").find((l) => l.startsWith(`${id},`));
    expect(line).toContain(fixture.source.url);
    const feed = await (await fetch(`${api.url}/j/48301/feed.atom`)).text();
    expect(feed).toContain(`event:${id}`);
    expect(feed).toContain(fixture.summary);

    // The second instance, running since before the publish, serves it too (LISTEN/NOTIFY), without a restart.
    await expect
      .poll(async () => (await (await fetch(`${second.url}/data/events.csv`)).text()).includes(`${id},`), { timeout: 10_000 })
      .toBe(true);
    const elsewhere = new MapPage(await newPage(), second.url);
    await elsewhere.open({ date: "2012-03-02", level: "county", selected: "48301" });
    await expect.poll(() => elsewhere.panelCategory()).toBe("limits");
  });

  it("shows the event's history field by field, and refuses a change based on a stale revision with a way to reload", async () => {
    const page = await newPage();
    await signIn(page, api.url, editor);
    await page.getByTestId("recent-changes").waitFor();
    const id = await page
      .locator('[data-testid="recent-changes"] tbody tr')
      .first()
      .locator("a")
      .getAttribute("href")
      .then((href) => /events\/([^/?]+)/.exec(href ?? "")?.[1]);
    expect(id).toMatch(/^cur-/);
    await page.goto(`${api.url}/curator/events/${id}/history`);
    const created = page.locator('.curator-history__entry[data-revision="1"]');
    await created.waitFor();
    expect(await created.locator('tr[data-field="date"] .curator-diff__after').innerText()).toBe("2012-03-01");
    expect(await page.locator('.curator-history__entry[data-revision="2"]').getAttribute("data-action")).toBe("publish");

    // Two curators open the same event; the second to save was based on an old revision.
    const other = await newPage();
    await signIn(other, api.url, editor);
    await other.goto(`${api.url}/curator/events/${id}`);
    await page.goto(`${api.url}/curator/events/${id}`);
    for (const [tab, actor] of [
      [other, "E2E fixture sheriff, corrected"],
      [page, "E2E fixture sheriff, corrected twice"],
    ] as const) {
      await tab.getByTestId("event-editor").getByLabel("Actor", { exact: true }).fill(actor);
      await tab.getByLabel("Reason for this change").fill("E2E fixture: the actor's name");
      await tab.getByTestId("save-draft").click();
    }
    await other.getByTestId("form-notice").waitFor();
    await page.getByTestId("form-conflict").waitFor();
    await page.getByRole("button", { name: "Load the latest version" }).click();
    await expect
      .poll(() => page.getByTestId("event-editor").getByLabel("Actor", { exact: true }).inputValue())
      .toBe("E2E fixture sheriff, corrected");
    await keepScreenshot(page, "curator-history.png");
  });

  it("names the field the api refused, beside it, and focuses it", async () => {
    const page = await newPage();
    await signIn(page, api.url, editor);
    const screens = new CuratorScreens(page, api.url);
    await screens.fillEvent({ ...fixture, date: "2031-01-01" });
    await page.getByTestId("save-draft").click();
    await page.getByTestId("error-date").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("date");
    await screens.fillEvent({ ...fixture, source: { ...fixture.source, url: "ftp://example.org/fixture" } });
    await page.getByTestId("save-draft").click();
    await page.getByTestId("error-sources.0.url").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("sources.0.url");
  });

  // Twenty-eight screens, each run through axe: longer than the suite's default minute.
  it("has no serious or critical axe violation on any screen, in either language, at either width", async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 812 },
    ]) {
      const page = await (await browser.newContext({ viewport, deviceScaleFactor: 1 })).newPage();
      await signIn(page, api.url, admin);
      const id = await page
        .locator('[data-testid="recent-changes"] tbody tr a')
        .first()
        .getAttribute("href")
        .then((href) => /events\/([^/?]+)/.exec(href ?? "")?.[1]);
      for (const lang of ["en", "es"]) {
        for (const path of [
          "/curator",
          "/curator/events/new",
          `/curator/events/${id}`,
          `/curator/events/${id}/history`,
          "/curator/accounts",
          "/curator/tokens",
          "/curator/imports",
        ]) {
          await page.goto(`${api.url}${path}?lang=${lang}`);
          await page
            .locator('[data-testid="curator-shell"] [role="status"]')
            .first()
            .waitFor({ state: "detached" })
            .catch(() => {});
          await page.locator(".curator-content > *").first().waitFor();
          await page.waitForLoadState("networkidle");
          expect(await seriousViolations(page), `${path} ${lang} ${viewport.width}`).toEqual([]);
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth),
            `${path} ${lang} ${viewport.width} overflows`,
          ).toBeLessThanOrEqual(viewport.width);
        }
      }
    }
  }, 240_000);

  it("tells a wrong password apart from a locked-out email", async () => {
    const page = await newPage();
    await page.goto(`${api.url}/curator/sign-in?lang=es`);
    await page.getByLabel("Correo electrónico").fill("nobody@example.org");
    for (let i = 0; i < 6; i++) {
      await page.getByLabel("Contraseña").fill(`wrong password ${i}`);
      await page.getByRole("button", { name: "Entrar" }).click();
      await page.getByTestId("sign-in-error").waitFor();
      await expect.poll(() => page.getByRole("button", { name: "Entrar" }).isEnabled()).toBe(true);
    }
    expect(await page.getByTestId("sign-in-error").innerText()).toContain("Demasiados intentos fallidos");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
