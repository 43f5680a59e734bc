/**
 * Characters no request may carry into storage: NUL, lone UTF-16 surrogates (they become malformed
 * UTF-8 in D1) and Unicode non-characters (U+FDD0–U+FDEF and the last two code points of every
 * plane). Found with their field path so that the 400 names the field.
 */
import type { FieldIssue } from "./errors";

/** The first unsafe character's description, or null when the string is clean. */
export function unsafeCharacter(value: string): string | null {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0) return "NUL (U+0000)";
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return `a lone surrogate (U+${code.toString(16).toUpperCase()})`;
      const point = value.codePointAt(i)!;
      if ((point & 0xfffe) === 0xfffe) return `a non-character (U+${point.toString(16).toUpperCase()})`;
      i++;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) return `a lone surrogate (U+${code.toString(16).toUpperCase()})`;
    if ((code >= 0xfdd0 && code <= 0xfdef) || code === 0xfffe || code === 0xffff) return `a non-character (U+${code.toString(16).toUpperCase()})`;
  }
  return null;
}

/** Every unsafe string (values and keys) in a parsed body, with dotted field paths; at most `limit`. */
export function unsafeTextIssues(value: unknown, path: string[] = [], issues: FieldIssue[] = [], limit = 20): FieldIssue[] {
  if (issues.length >= limit) return issues;
  const where = () => path.join(".") || "(root)";
  if (typeof value === "string") {
    const found = unsafeCharacter(value);
    if (found) issues.push({ path: where(), message: `Contains ${found}, which is not accepted in text.` });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => unsafeTextIssues(item, [...path, String(i)], issues, limit));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = unsafeCharacter(key);
      if (found) issues.push({ path: [...path, key].join("."), message: `The field name contains ${found}.` });
      unsafeTextIssues(item, [...path, key], issues, limit);
    }
  }
  return issues;
}
