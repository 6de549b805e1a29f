import type { Locator, Page } from "playwright-core";
import { SearchBox } from "./search-box.js";

/** An event as a curator types it into the form (a test fixture, never a fact). */
export interface TypedEvent {
  place: string;
  type: string;
  date: string;
  actor: string;
  summary: string;
  source: { title: string; publisher: string; date: string; url: string };
  reason: string;
}

/** The curators' screens as a signed-in curator drives them. */
export class CuratorScreens {
  readonly shell: Locator;

  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {
    this.shell = page.getByTestId("curator-shell");
  }

  async openTab(name: string): Promise<void> {
    await this.page.getByRole("navigation", { name: "Curator screens" }).getByRole("link", { name }).click();
  }

  /** Accounts (admins): a new account from the create form, confirmed once the list shows it. */
  async createAccount(account: { name: string; email: string; role: "editor" | "admin"; password: string }): Promise<void> {
    const form = this.page.getByTestId("create-account");
    await form.getByLabel("Name").fill(account.name);
    await form.getByLabel("Email").fill(account.email);
    await form.getByLabel("Role").selectOption(account.role);
    await form.getByLabel("Password").fill(account.password);
    await form.getByRole("button", { name: "Create account" }).click();
    await this.page.locator(`[data-testid="accounts-table"] tr[data-email="${account.email}"]`).waitFor();
  }

  /** The event form, filled: the place chosen with the site's search, one source. */
  async fillEvent(event: TypedEvent): Promise<void> {
    await this.page.goto(`${this.baseUrl}/curator/events/new`);
    const search = new SearchBox(this.page, "jurisdiction-search");
    await search.type(event.place);
    await search.options.first().waitFor();
    await search.press("Enter");
    const form = this.page.getByTestId("event-editor");
    await form.getByLabel("Type").selectOption(event.type);
    await form.getByLabel("Date", { exact: true }).fill(event.date);
    await form.getByLabel("Actor", { exact: true }).fill(event.actor);
    await form.getByLabel("Summary", { exact: true }).fill(event.summary);
    const source = this.page.getByTestId("source-0");
    await source.getByLabel("Title").fill(event.source.title);
    await source.getByLabel("Publisher").fill(event.source.publisher);
    await source.getByLabel(/^Date/).fill(event.source.date);
    await source.getByLabel("URL").fill(event.source.url);
    await form.getByLabel("Reason for this change").fill(event.reason);
  }

  /** The preview's row for a date: its category and whether the edit changed it. */
  previewRow(date: string): Locator {
    return this.page.locator(`[data-testid="preview-rows"] li[data-date="${date}"]`);
  }

  /** Save and publish; resolves to the new event's id once its edit screen says it is published. */
  async publish(): Promise<string> {
    await this.page.getByTestId("publish").click();
    await this.page.getByTestId("form-notice").filter({ hasText: "Published" }).waitFor();
    const id = await this.page.getByTestId("event-editor").getAttribute("data-event-id");
    if (!id) throw new Error("the published event's screen names no event");
    return id;
  }
}
