import type { Page } from "playwright-core";
import { expect, inject, it } from "vitest";
import { CorrectionDialog, CorrectionQueuePage } from "./pages/correction-pages.js";
import { JurisdictionPage } from "./pages/jurisdiction-page.js";
import { createAdmin } from "./support/curator-api.js";
import { seriousViolations } from "./support/axe.js";
import { usePageSession } from "./support/session.js";

const session = usePageSession();
/** Loving County, TX, and its activation: no other spec asserts on them. The correction is a test's, not a fact. */
const COUNTY = "48301";
const EVENT = "act-48301";
const WHAT = "E2E test: the activation date may be a day early.";
const ACCEPTED = "E2E test: worth checking against the roster";
const PUBLISHED = "E2E test: checked against the roster";

/** A tRPC call from the page, as the signed-in browser makes it (its cookie, the site's Origin). */
async function trpc<T>(page: Page, procedure: string, input?: unknown): Promise<T> {
  const base = session.baseUrl;
  const answer =
    input === undefined
      ? await page.request.get(`${base}/trpc/${procedure}`)
      : await page.request.post(`${base}/trpc/${procedure}`, {
          headers: { Origin: base, "Content-Type": "application/json" },
          data: input,
        });
  expect(answer.status(), procedure).toBe(200);
  return ((await answer.json()) as { result: { data: T } }).result.data;
}

/** Today's date as the api stamps a revision (UTC), in the page's English words. */
const todayInWords = () =>
  new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(new Date());

it("a reader suggests a correction and gets a private link; a curator accepts it into a draft and publishes it; the link and the page show it", async () => {
  const { page, baseUrl } = session;
  const county = new JurisdictionPage(page, baseUrl);
  await county.open(COUNTY, { date: "2011-07-01" });
  const dialog = new CorrectionDialog(page);
  await dialog.open(EVENT);
  expect(await seriousViolations(page, ".correction-dialog")).toEqual([]);
  // The honeypot is there for bots, and neither shown nor reachable for people.
  expect(await dialog.form.locator('input[name="website"]').count()).toBe(1);
  expect(await dialog.form.locator('input[name="website"]').isVisible()).toBe(false);

  // A source that is not http(s) is named, and nothing is sent.
  await dialog.fill({ whatIsWrong: WHAT, sourceUrl: "javascript:alert(1)" });
  await dialog.send();
  expect(await dialog.form.locator('input[name="sourceUrl"]').getAttribute("aria-invalid")).toBe("true");
  expect(await dialog.form.getByRole("alert").textContent()).toBe("Please fix the fields marked below.");
  await dialog.fill({ whatIsWrong: WHAT, sourceUrl: "https://news.example.org/loving-county", contact: "reader@example.org" });
  await dialog.send();
  const link = await dialog.link();
  expect(link).toMatch(new RegExp(`^${baseUrl}/corrections/[\\w-]{43}$`));
  await page.goto(link);
  expect(await page.getByTestId("correction-status").getAttribute("data-status")).toBe("open");
  expect(await seriousViolations(page)).toEqual([]);

  // A curator, made as `pnpm admin:create` makes one, signs in and accepts it: a draft opens, nothing goes public.
  const email = `corrections-e2e-${Date.now()}@example.org`;
  const password = "an e2e curator's long password";
  await createAdmin({ dataDir: inject("dataDir") }, { email, name: "First Admin", password });
  await trpc(page, "auth.signIn", { email, password });
  const queue = new CorrectionQueuePage(page, baseUrl);
  await queue.open();
  const card = queue.card(WHAT);
  expect(await card.locator(".correction-card__event").textContent()).toBe(` · Event: July 7, 2010, Activated (${EVENT})`);
  expect(await seriousViolations(page)).toEqual([]);
  await card.locator("textarea").fill(ACCEPTED);
  await card.getByRole("button", { name: "Accept: open a draft" }).click();
  await page.getByTestId("correction-notice").getByText(`Accepted: draft ${EVENT} is open.`).waitFor();
  await card.waitFor({ state: "detached" });
  const drafts = await trpc<{ event: { id: string }; revision: number }[]>(page, "events.drafts");
  const draft = drafts.find((d) => d.event.id === EVENT);
  expect(draft).toBeDefined();
  expect(await trpc<unknown[]>(page, `events.history?input=${encodeURIComponent(JSON.stringify({ jurisdictionId: COUNTY }))}`)).toEqual([]);

  // The curator publishes the draft: the reader's link shows the outcome, the page the correction.
  await trpc(page, "events.publish", { id: EVENT, baseRevision: draft!.revision, reason: PUBLISHED });
  await page.goto(link);
  await page.locator('[data-testid="correction-status"][data-status="accepted"]').waitFor();
  expect(await page.getByTestId("correction-reason").textContent()).toBe(`The curator's reason: ${ACCEPTED}`);
  await county.open(COUNTY, { date: "2011-07-01" });
  const row = county.timeline.locator(`.event-item[data-event-id="${EVENT}"]`);
  const corrected = row.getByTestId("event-corrected");
  await corrected.waitFor();
  expect(await corrected.textContent()).toBe(`Corrected on ${todayInWords()}: ${PUBLISHED}`);
  await row.locator("summary").click();
  expect(await row.locator(".event-history__steps li").allTextContents()).toEqual([
    "First published with the research dataset.",
    `${todayInWords()}: corrected: ${PUBLISHED}`,
  ]);
}, 180_000);
