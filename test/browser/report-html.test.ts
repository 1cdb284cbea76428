// report.html rendered in headless Chromium, as a reader opens it: no console errors, nothing
// fetched, every chart drawn with a size, an axe-core scan without serious or critical
// violations, and a print to A4 with the appendix on pages of its own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTempDir } from '../helpers.js';
import { launchChromium } from './chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// A browser on a busy machine takes seconds per step: each test may take up to a minute.
describe('report.html in headless Chromium', { timeout: 60_000 }, () => {
  let browser: Browser;
  let page: Page;
  let html: string;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const results = path.join(makeTempDir(), 'results');
    const target = path.join(makeTempDir(), 'report');
    const coding = fakeIo(root);
    expect(await run(['code', 'fixtures/interviews', '--out', results, '--quiet'], coding), coding.err()).toBe(0);
    const reporting = fakeIo(root);
    const args = [
      'report',
      results,
      '--by',
      'gemeente,rol',
      '--format',
      'html',
      '--quote-label',
      '{rol}, {gemeente}',
      '--min-group-size',
      '4',
      '--out',
      target,
      '--quiet',
    ];
    expect(await run(args, reporting), reporting.err()).toBe(0);
    html = path.join(target, 'report.html');
    browser = await launchChromium();
    // axe is injected by the test; the page itself allows no script at all.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads without console errors and fetches nothing but itself', () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(html).href]);
  });

  it('draws every chart with a size on the page', async () => {
    const boxes = await page
      .locator('figure.chart svg')
      .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect()).map((box) => ({ width: box.width, height: box.height })));
    // Themes, codes, a heat map per grouping, saturation.
    expect(boxes).toHaveLength(5);
    for (const box of boxes) {
      expect(box.width).toBeGreaterThan(300);
      expect(box.height).toBeGreaterThan(80);
    }
    // The heat maps hatch the one group under --min-group-size 4 (vrijwilliger, n = 3).
    expect(await page.locator('rect.small-group').count()).toBe(3);
    const shot = await page.screenshot({ fullPage: true });
    expect(shot.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(shot.length).toBeGreaterThan(50_000);
  });

  it('has a table of contents whose links all lead to a heading', async () => {
    const targets = await page.locator('nav.contents a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) expect(await page.locator(`${target}`).count(), target ?? '').toBe(1);
    expect(await page.locator('nav.contents').textContent()).toContain('Bijlage: verantwoording');
  });

  it('passes an axe-core scan without serious or critical violations', async () => {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (
        globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }
      ).axe.run();
      return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.length }));
    });
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  });

  it('prints to A4 with the appendix starting a page of its own', async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(5);
    const breaks = await page.evaluate("getComputedStyle(document.querySelector('section.appendix')).breakBefore");
    expect(breaks).toBe('page');
    await page.emulateMedia({ media: 'screen' });
  });
});
