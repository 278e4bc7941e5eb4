import type { Page } from 'playwright';

/**
 * The fixed browser work of one benchmark scenario, shared by the casebook fixture steps
 * (tests/fixtures/bench/bench.steps.ts) and the plain Playwright script (tools/bench/scenario.ts), so both
 * make exactly the same Playwright calls and the difference is casebook's own overhead.
 */
export async function signIn(page: Page, baseUrl: string, user: { username: string; password: string }) {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#input_loginId').fill(user.username);
  await page.locator('#input_password-input').fill(user.password);
  await page.locator('#saveSetting').click();
  await page.locator('#post_textbox').waitFor();
}

export async function postMessage(page: Page, text: string) {
  await page.locator('#post_textbox').fill(text);
  await page.locator('#post_textbox').press('Enter');
}

export async function seeMessage(page: Page, text: string) {
  await page.locator('#postListContent').getByText(text).waitFor();
}

/** A feature of `count` scenarios running the actions above (the casebook side of the benchmarks). */
export function benchFeature(count: number): string {
  const scenarios = Array.from({ length: count }, (_, i) =>
    [
      `  Scenario: bench ${i + 1}`,
      '    Given the bench user is signed in',
      `    When the bench user posts "bench message ${i + 1}"`,
      `    Then the bench user sees "bench message ${i + 1}"`,
    ].join('\n'),
  );
  return ['@bench', 'Feature: benchmark scenarios', '', scenarios.join('\n\n'), ''].join('\n');
}
