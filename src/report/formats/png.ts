// Charts as PNG for the Word report: rendered from the same SVG with resvg, whose prebuilt binary
// comes as an npm package (no download at install time), with the DejaVu Sans the charts are laid
// out for, read from its npm package rather than the system, so every machine draws the same pixels.
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const fontFolder = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => path.join(fontFolder, name));

/** A PNG of an SVG chart, `scale` pixels per SVG unit, on white. */
export function renderPng(svg: string, scale: number): { readonly png: Uint8Array; readonly width: number; readonly height: number } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  const image = resvg.render();
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height };
}
