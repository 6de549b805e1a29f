import type { Locator, Page } from "playwright-core";

/** The search combobox (the header's, or the 404 page's with testId "not-found-search"). */
export class SearchBox {
  readonly box: Locator;
  readonly input: Locator;
  readonly listbox: Locator;
  readonly options: Locator;
  /** The live region that tells how many matches there are. */
  readonly status: Locator;

  constructor(
    readonly page: Page,
    testId = "search",
  ) {
    this.box = page.getByTestId(testId);
    this.input = this.box.getByRole("combobox");
    // Hidden while closed, so found by its role attribute rather than by accessible role.
    this.listbox = this.box.locator('[role="listbox"]');
    this.options = this.box.getByRole("option");
    this.status = this.box.getByRole("status");
  }

  /** Focus the field and type, as a person would, one key at a time. */
  async type(text: string): Promise<void> {
    await this.input.click();
    await this.input.pressSequentially(text, { delay: 20 });
  }

  async press(key: string): Promise<void> {
    await this.input.press(key);
  }

  async expanded(): Promise<string | null> {
    return this.input.getAttribute("aria-expanded");
  }

  /** The option aria-activedescendant points at, or null. */
  async activeOption(): Promise<Locator | null> {
    const id = await this.input.getAttribute("aria-activedescendant");
    return id ? this.page.locator(`[id="${id}"]`) : null;
  }

  /** Each option's name and what tells it from namesakes ("Cook County Illinois"), without its status. */
  async optionTexts(): Promise<string[]> {
    await this.options.first().waitFor();
    return this.options.evaluateAll((items) =>
      items.map((li) => [".search-option__name", ".search-option__detail"].map((s) => li.querySelector(s)?.textContent ?? "").join(" ")),
    );
  }

  /** Each option's FIPS (`data-id`), in list order. */
  async optionIds(): Promise<string[]> {
    await this.options.first().waitFor();
    return this.options.evaluateAll((items) => items.map((li) => li.getAttribute("data-id") ?? ""));
  }

  /** Each option's status beside it, as `data-category` (null where none is shown). */
  async optionCategories(): Promise<(string | null)[]> {
    await this.options.first().waitFor();
    return this.options.evaluateAll((items) =>
      items.map((li) => li.querySelector("[data-category]")?.getAttribute("data-category") ?? null),
    );
  }
}
