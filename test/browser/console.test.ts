import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addConsoleUser } from '../../src/console/user-accounts.ts';
import { readChannelModes } from '../../src/db/channel-modes.ts';
import { outboundEmails, supportRequests } from '../../src/db/schema.ts';
import { type FakeZendesk, startFakeZendesk } from '../fakes/fake-zendesk.ts';
import { projectRoot } from '../helpers/child-process.ts';
import { untilQueueIdle } from '../helpers/queue-idle.ts';
import { learnerAddress, seedCredential, seedIssuer } from '../helpers/seed.ts';
import { type ServiceUnderTest, startServiceUnderTest } from '../helpers/service-under-test.ts';
import { deliverZendeskWebhook, triggerPayload, zendeskChannelEnv } from '../helpers/zendesk-delivery.ts';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.join(projectRoot, 'test-results', 'browser');
const secret = 'zendesk-webhook-secret-for-browser';
const adminEmail = 'lead@support.example';
const adminPassword = 'console password for the browser suite';

let world: ServiceUnderTest;
let zendesk: FakeZendesk;
let browser: Browser;
let page: Page;
/** Errors the page itself reports (a script the Content-Security-Policy blocked, a failed asset). */
const pageErrors: string[] = [];

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`the browser suite drives Debian's Chromium at ${CHROMIUM}, which is missing: apt-get update && apt-get install -y chromium`);
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  zendesk = await startFakeZendesk();
  world = await startServiceUnderTest(zendeskChannelEnv(zendesk.url, secret));
  const added = await addConsoleUser(world.testDb.database.db, { email: adminEmail, role: 'admin', password: adminPassword });
  expect(added.status).toBe('added');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) pageErrors.push(`${response.status()} for ${response.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await world?.close();
  await zendesk?.close();
});

describe('the console in a browser', () => {
  it('signs in, finds a Zendesk request, reveals its address, sees the reveal audited, switches a mode, sees a chart drawn and tries a message', async () => {
    // A learner's ticket arrives through the signed webhook, as from Zendesk.
    const issuer = await seedIssuer(world.testDb.database, { name: 'Harbour College' });
    const address = learnerAddress('browser');
    await seedCredential(world.testDb.database, issuer, { recipientEmail: address });
    const user = zendesk.addUser({ email: address });
    const ticket = zendesk.addTicket({ requester_id: user.id });
    const delivery = await deliverZendeskWebhook(world.service.url, triggerPayload({ id: ticket.id, comment: 'I never received my certificate, can you help?', requester: { id: user.id, email: address } }), { secret });
    expect(delivery.status).toBe(202);
    await untilQueueIdle(world.testDb.database);
    const [request] = await world.testDb.database.db.select({ id: supportRequests.id }).from(supportRequests);
    expect(request).toBeDefined();

    // Signed out, a console page leads to the sign-in form, which leads back to it.
    await page.goto(`${world.service.url}/console/requests`);
    expect(new URL(page.url()).pathname).toBe('/console/sign-in');
    await screenshot('01-sign-in');
    // By keyboard alone: the form opens focused on Email.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    await page.keyboard.type(adminEmail);
    await page.keyboard.press('Tab');
    await page.keyboard.type(adminPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/console/requests');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Requests');

    // The request is listed, its address masked.
    const row = page.locator(`a[href="/console/requests/${request!.id}"]`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await page.content()).not.toContain(address);
    await screenshot('02-requests');

    await row.click();
    await page.waitForURL(`**/console/requests/${request!.id}`);
    expect(await page.getByText('I never received my certificate, can you help?').count()).toBe(1);
    expect(await page.content()).not.toContain(address);
    await screenshot('03-request');

    await page.getByRole('button', { name: 'Reveal addresses' }).click();
    await page.waitForLoadState('load');
    expect(await page.content()).toContain(address);
    await screenshot('04-request-revealed');

    await page.getByRole('link', { name: 'Audit' }).click();
    await page.waitForURL('**/console/audit');
    const revealEntry = page.getByRole('row').filter({ hasText: 'revealed the addresses of a request' });
    await expect.poll(() => revealEntry.count()).toBe(1);
    expect(await revealEntry.textContent()).toContain(adminEmail);
    await screenshot('05-audit');

    // Settings: Zendesk to shadow and back, each change confirmed on the page.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL('**/console/settings');
    await page.getByLabel('Mode for Zendesk').selectOption('shadow');
    await page.getByRole('button', { name: 'Save Zendesk' }).click();
    await page.waitForURL('**/console/settings?changed=zendesk');
    expect(await page.getByText('Zendesk is now in shadow mode.').count()).toBe(1);
    // Stored where every process's workers read it, not only shown.
    expect((await readChannelModes(world.testDb.database.db)).zendesk).toBe('shadow');
    await screenshot('06-settings-shadow');
    await page.getByLabel('Mode for Zendesk').selectOption('act');
    await page.getByRole('button', { name: 'Save Zendesk' }).click();
    await page.waitForLoadState('load');
    expect(await page.getByText('Zendesk is now in act mode.').count()).toBe(1);
    expect((await readChannelModes(world.testDb.database.db)).zendesk).toBe('act');

    await page.getByRole('link', { name: 'Failed emails' }).click();
    await page.waitForURL('**/console/emails/failed');
    await screenshot('07-failed-emails');
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.waitForURL(/\/console$/);
    // The chart is drawn by Chart.js from the service's own copy: the canvas has a chart, and pixels on it.
    const canvas = page.locator('canvas[data-chart]');
    await expect.poll(() => canvas.count()).toBe(1);
    await expect
      .poll(() =>
        canvas.evaluate((element) => {
          const chartJs = (window as unknown as { Chart?: { getChart(item: HTMLCanvasElement): unknown } }).Chart;
          const drawn = chartJs?.getChart(element as HTMLCanvasElement) !== undefined;
          const pixels = (element as HTMLCanvasElement).getContext('2d')?.getImageData(0, 0, (element as HTMLCanvasElement).width, (element as HTMLCanvasElement).height).data ?? [];
          return drawn && Array.prototype.some.call(pixels, (value: number) => value !== 0);
        }),
      )
      .toBe(true);
    expect(await canvas.getAttribute('data-chart-error')).toBeNull();
    await screenshot('08-overview');

    // Try a message: what credbot would answer, with nothing sent or recorded.
    const recordedBefore = (await world.testDb.database.db.select({ id: supportRequests.id }).from(supportRequests)).length;
    const emailsBefore = (await world.testDb.database.db.select({ id: outboundEmails.id }).from(outboundEmails)).length;
    const mailBefore = world.sink.messages.length;
    await page.getByRole('link', { name: 'Try a message' }).click();
    await page.waitForURL('**/console/try');
    await page.getByLabel('Message').fill('I finished the course but never got my certificate');
    await page.getByLabel('Requester’s own address (optional)').fill(address);
    await page.getByRole('button', { name: 'Try it' }).click();
    await page.waitForLoadState('load');
    await expect.poll(() => page.getByRole('heading', { name: 'What credbot would do' }).count()).toBe(1);
    const trial = await page.locator('.try-result').textContent();
    expect(trial).toContain('retrieve');
    expect(trial).toContain('Harbour College');
    await screenshot('09-try-a-message');
    await untilQueueIdle(world.testDb.database);
    expect((await world.testDb.database.db.select({ id: supportRequests.id }).from(supportRequests)).length).toBe(recordedBefore);
    expect((await world.testDb.database.db.select({ id: outboundEmails.id }).from(outboundEmails)).length).toBe(emailsBefore);
    expect(world.sink.messages.length).toBe(mailBefore);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/console/sign-in');

    expect(pageErrors).toEqual([]);
  });
});
