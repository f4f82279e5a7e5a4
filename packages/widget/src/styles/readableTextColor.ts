import { relativeLuminance } from './relativeLuminance';

/**
 * Black or white, whichever reads better on `hex` (`#rgb` or `#rrggbb`), so a brand colour from the
 * backend never produces unreadable launcher or header text.
 */
export function readableTextColor(hex: string): '#000000' | '#ffffff' {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  const luminance = relativeLuminance(r, g, b);
  // Contrast with white is 1.05 / (L + 0.05); with black (L + 0.05) / 0.05. Pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000';
}
