// Configuration stage: how the value of a setting is named in a message
// ("got a list", "got `0`", "got "Mars/Base"") and the checks several settings
// share — text without control characters, objects — so every "expected X,
// got Y" about site.config.json reads the same.

import { controlCharacterMessage, findControlCharacter } from "../control-characters";

export function describeSetting(value: unknown): string {
  if (value === null) return "`null`";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "object") return "an object";
  return `\`${String(value)}\``;
}

/** `value` as text without control characters (and not blank when `nonEmpty`), or undefined with an error in `errors`. */
export function text(key: string, value: unknown, errors: string[], options: { nonEmpty?: boolean } = {}): string | undefined {
  if (typeof value !== "string" || (options.nonEmpty === true && value.trim() === "")) {
    errors.push(`${key}: expected ${options.nonEmpty === true ? "non-empty " : ""}text, got ${describeSetting(value)}`);
    return undefined;
  }
  const control = findControlCharacter(value, false);
  if (control !== undefined) {
    errors.push(`${key}: ${controlCharacterMessage("text", control)}`);
    return undefined;
  }
  return value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
