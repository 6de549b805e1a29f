import type { Page } from "playwright-core";
import type { Credentials } from "./curator-api.js";

export { createAdmin, type Credentials } from "./curator-api.js";

/** Signs in through the curators' sign-in screen and waits for their screens. */
export async function signIn(page: Page, baseUrl: string, { email, password }: Credentials): Promise<void> {
  await page.goto(`${baseUrl}/curator/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("curator-shell").waitFor();
}
