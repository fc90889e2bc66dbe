// Configuration tests: theme colours and their WCAG 2 contrast.

import { describe, expect, it } from "vitest";
import { contrastRatio, isHexColour, normalizeHexColour, relativeLuminance } from "../../../src/config/colour";

describe("isHexColour", () => {
  it.each([
    ["#fff", true],
    ["#B00020", true],
    ["#b0002", false],
    ["fff", false],
    ["#ffff", false],
    ["red", false],
    ["rgb(0,0,0)", false],
    ["#fff;}", false],
    ["#fff\n", false],
  ])("%j → %s", (value, expected) => {
    expect(isHexColour(value)).toBe(expected);
  });
});

describe("normalizeHexColour", () => {
  it.each([
    ["#B02", "#bb0022"],
    ["#0A4A80", "#0a4a80"],
  ])("%s → %s", (value, expected) => {
    expect(normalizeHexColour(value)).toBe(expected);
  });
});

describe("contrast", () => {
  it("measures black and white at the ends of the scale", () => {
    expect(relativeLuminance("#000")).toBe(0);
    expect(relativeLuminance("#fff")).toBe(1);
    expect(contrastRatio("#000", "#fff")).toBe(21);
    expect(contrastRatio("#fff", "#000")).toBe(21);
    expect(contrastRatio("#777", "#777")).toBe(1);
  });

  it.each([
    // Reference values from the WCAG 2 formula, worked by hand.
    ["#767676", "#ffffff", 4.54],
    ["#9e1b1f", "#fbfaf7", 7.65],
    ["#ffcc00", "#fbfaf7", 1.45],
  ])("%s on %s is %s:1", (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
  });
});
