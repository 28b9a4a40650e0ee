// The run report in headless Chromium (playwright-core, the system's /usr/bin/chromium): the failed action is
// shown expanded, a succeeded one collapsed, the buttons work, and the page requests nothing but itself.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/sim/report';
import { fixtureResults } from './helpers';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!existsSync(CHROMIUM))(`run report in headless Chromium (skipped without ${CHROMIUM}: apt-get install chromium)`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'cosell-report-'));
  const requests: string[] = [];
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReport(await fixtureResults()));
    // A fresh user-data-dir per run: Playwright takes it as launchPersistentContext's first argument.
    context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, args: ARGS, viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const action = (path: string) => page.locator(`section.fail details.action[data-path="${path}"]`);
  const isOpen = (path: string) => action(path).evaluate((d) => (d as HTMLDetailsElement).open);

  it('shows the failed action expanded, with its error, inputs and outputs visible', async () => {
    const failed = page.locator('section.fail details.action[data-status="Failed"]');
    await expect(failed.count()).resolves.toBe(1);
    await expect(failed.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(failed.locator('.io .error').isVisible()).resolves.toBe(true);
    await expect(failed.locator('.io .error').innerText()).resolves.toContain("InvalidTemplate Unable to process template language expressions in action 'Referral_id'");
    await expect(failed.locator('h4').allInnerTexts()).resolves.toEqual(['ERROR', 'INPUTS', 'OUTPUTS']);
  });

  it('shows succeeded actions collapsed', async () => {
    const succeeded = page.locator('section.pass details.action[data-status="Succeeded"]').first();
    await expect(succeeded.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(succeeded.locator('.io').isVisible()).resolves.toBe(false);
    await expect(succeeded.locator('summary').isVisible()).resolves.toBe(false); // its passing scenario is closed
  });

  it('collapses everything, then opens only the failures', async () => {
    await page.click('button[data-action="collapse"]');
    await expect(isOpen('Referral_id')).resolves.toBe(false);
    await page.click('button[data-action="failed"]');
    await expect(isOpen('Referral_id')).resolves.toBe(true);
    await expect(page.locator('section.pass > details').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await page.click('button[data-action="expand"]');
    await expect(page.locator('section.pass details.action[data-status="Succeeded"]').first().locator('.io').isVisible()).resolves.toBe(true);
  });

  it('requests nothing but the page itself', () => {
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  });
});
