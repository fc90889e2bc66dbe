// Configuration stage: the theme's colours — only `#rgb` and `#rrggbb` are
// accepted, so a value can never carry anything else into the stylesheet —
// and their contrast with the page background, as WCAG 2 computes it.

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Whether `value` is a `#rgb` or `#rrggbb` colour. */
export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value);
}

/** "#B02" → "#bb0022": the one spelling written into the stylesheet. */
export function normalizeHexColour(value: string): string {
  const digits = value.slice(1).toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((digit) => digit + digit).join("") : digits}`;
}

/** WCAG 2 relative luminance of a `#rgb` or `#rrggbb` colour, from 0 (black) to 1 (white). */
export function relativeLuminance(colour: string): number {
  const hex = normalizeHexColour(colour).slice(1);
  const [r, g, b] = [0, 2, 4].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The contrast WCAG 2 level AA asks of text of normal size. */
export const AA_TEXT_CONTRAST = 4.5;
