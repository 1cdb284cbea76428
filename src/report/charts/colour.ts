// Colour contrast after WCAG 2, so chart text and marks stay legible on their backgrounds.
import { INK } from './svg.js';

function channels(colour: string): readonly [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour)?.[1];
  if (hex !== undefined) {
    const value = Number.parseInt(hex, 16);
    return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  }
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour);
  return [Number(rgb?.[1] ?? 0), Number(rgb?.[2] ?? 0), Number(rgb?.[3] ?? 0)];
}

function luminance(colour: string): number {
  const linear = channels(colour).map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (linear[0] ?? 0) + 0.7152 * (linear[1] ?? 0) + 0.0722 * (linear[2] ?? 0);
}

/** The WCAG contrast ratio of two colours (#rrggbb or rgb(r, g, b)). */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** White or ink, whichever reads better on `background`. */
export function textColourOn(background: string): string {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, INK) ? '#ffffff' : INK;
}

/** `colour` darkened just enough for the 3:1 contrast against white that WCAG asks of graphics. */
export function darkenForWhite(colour: string): string {
  const [red, green, blue] = channels(colour);
  for (let factor = 1; factor > 0; factor -= 0.05) {
    const hex = `#${[red, green, blue]
      .map((channel) =>
        Math.round(channel * factor)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    if (contrastRatio(hex, '#ffffff') >= 3) return hex;
  }
  return INK;
}
