/**
 * Language negotiation for every human-readable string the service sends (API messages and pages):
 * `?lang=` (or a form's `lang` field) wins, then Accept-Language by quality, then zh-CN.
 */
import type { Context } from "hono";
import { DEFAULT_LANG, type Lang, LANGS } from "../domain/messages";

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/**
 * Language for a request: an explicit ?lang (or form field) wins; otherwise the first supported
 * Accept-Language entry by quality (zh-TW/zh-HK/zh-MO/zh-Hant → zh-TW, zh → zh-CN, en → en);
 * otherwise zh-CN. Unsupported explicit values fall through to the header.
 * Example: pickLang(null, "en-GB,en;q=0.8") → "en"
 */
export function pickLang(explicit: string | undefined | null, acceptLanguage: string | undefined | null): Lang {
  if (isLang(explicit)) return explicit;
  const lowered = explicit?.toLowerCase();
  const folded = LANGS.find((lang) => lang.toLowerCase() === lowered);
  if (folded) return folded;
  const entries = (acceptLanguage ?? "")
    .slice(0, 500)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of entries) {
    if (/^zh-(tw|hk|mo|hant)\b/.test(tag)) return "zh-TW";
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return DEFAULT_LANG;
}

/** The request's language; marks the response as varying by Accept-Language and names its language. */
export function requestLang(c: Context, explicit?: string | null): Lang {
  const lang = pickLang(explicit ?? c.req.query("lang"), c.req.header("accept-language"));
  c.header("Vary", "Accept-Language", { append: true });
  c.header("Content-Language", lang);
  return lang;
}
