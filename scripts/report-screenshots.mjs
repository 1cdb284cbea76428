// Screenshots of docs/report-example for the README, into docs/report-screenshots, made as a reader sees the report: the first
// two pages of report.docx as LibreOffice prints them (then pdftoppm), and the top of report.html
// in headless Chromium. Not a test. Needs Debian's libreoffice-writer-nogui, poppler-utils,
// fonts-crosextra-carlito (Calibri's metrics) and chromium. Run after `npm run example`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const example = 'docs/report-example';
const shots = 'docs/report-screenshots';
const work = mkdtempSync(path.join(tmpdir(), 'rodedraad-screenshots-'));
const step = (command, args) => {
  const { status, stderr } = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000 });
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${status}): ${stderr}`);
};
try {
  // LibreOffice keeps its profile in the work folder, so a running office is never disturbed.
  step('soffice', [
    `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    work,
    path.join(example, 'report.docx'),
  ]);
  step('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '2', path.join(work, 'report.pdf'), path.join(work, 'page')]);
  for (const page of [1, 2]) copyFileSync(path.join(work, `page-0${page}.png`), path.join(shots, `screenshot-word-${page}.png`));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1250 } });
    await page.goto(pathToFileURL(path.resolve(example, 'report.html')).href);
    await page.screenshot({ path: path.join(shots, 'screenshot-html.png') });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${shots}/screenshot-word-1.png, screenshot-word-2.png, screenshot-html.png`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
