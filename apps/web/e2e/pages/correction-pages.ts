import type { Locator, Page } from "playwright-core";

/** The "Suggest a correction" dialog of a jurisdiction page. */
export class CorrectionDialog {
  readonly form: Locator;
  readonly sent: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId("correction-form");
    this.sent = page.getByTestId("correction-sent");
  }

  /** Opens the dialog from an event's row, or from the page's own button when `eventId` is absent. */
  async open(eventId?: string): Promise<void> {
    const button = eventId
      ? this.page.locator(`[data-testid="suggest-correction"][data-correction-event="${eventId}"]`)
      : this.page.locator('[data-testid="suggest-correction"]:not([data-correction-event])');
    await button.click();
    await this.form.waitFor();
  }

  async fill(values: { whatIsWrong: string; sourceUrl: string; contact?: string }): Promise<void> {
    await this.form.locator('textarea[name="whatIsWrong"]').fill(values.whatIsWrong);
    await this.form.locator('input[name="sourceUrl"]').fill(values.sourceUrl);
    if (values.contact) await this.form.locator('input[name="contact"]').fill(values.contact);
  }

  async send(): Promise<void> {
    await this.form.locator('button[type="submit"]').click();
  }

  /** The private link the dialog shows once sent. */
  async link(): Promise<string> {
    await this.sent.waitFor();
    return this.page.getByTestId("correction-link").inputValue();
  }
}

/** The curators' queue, /curator/corrections. */
export class CorrectionQueuePage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/curator/corrections`);
    await this.page.getByTestId("correction-queue").waitFor();
  }

  /** The open correction whose words are `text`. */
  card(text: string): Locator {
    return this.page.getByTestId("correction-card").filter({ hasText: text });
  }
}
