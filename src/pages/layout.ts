/**
 * Page shell and the tiny HTML toolkit the templates use. Templates are pure functions returning
 * strings; every interpolated value is escaped unless it is already `SafeHtml` (built by `html`).
 */
import { checkTranslator } from "./check-i18n";
import { HTML_LANG, LANG_NAMES, LANGS, type Lang, type Translate } from "./i18n";

/** Markup that is already safe to emit (produced by `html` or `raw`). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Trusted markup, e.g. a constant. Never pass user input. */
export function raw(value: string): SafeHtml {
  return new SafeHtml(value);
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** Tagged template: escapes every interpolation (arrays are joined, null/undefined/false vanish). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? "");
  return new SafeHtml(out);
}

/** JSON for a `<script type="application/json">` block: `<` escaped so the text cannot close the tag. */
export function jsonScript(id: string, data: unknown): SafeHtml {
  const json = JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return raw(`<script type="application/json" id="${escapeHtml(id)}">${json}</script>`);
}

export interface LayoutOptions {
  lang: Lang;
  t: Translate;
  title: string;
  body: SafeHtml;
  /** Path the language links point to (they add ?lang=…); "/" for pages that cannot be re-rendered. */
  switchPath?: string;
  /** Extra markup at the end of <head> (scripts, JSON blobs). */
  head?: SafeHtml;
  /** Extra markup at the end of <body>. */
  scripts?: SafeHtml;
}

export function langHref(path: string, lang: Lang): string {
  return `${path}?lang=${encodeURIComponent(lang)}`;
}

function languageSwitch(current: Lang, t: Translate, path: string): SafeHtml {
  return html`<nav class="langs" aria-label="${t("lang_switch_label")}"><ul>${LANGS.map((lang) =>
    lang === current
      ? html`<li><a href="${langHref(path, lang)}" lang="${HTML_LANG[lang]}" hreflang="${HTML_LANG[lang]}" aria-current="true">${LANG_NAMES[lang]}</a></li>`
      : html`<li><a href="${langHref(path, lang)}" lang="${HTML_LANG[lang]}" hreflang="${HTML_LANG[lang]}">${LANG_NAMES[lang]}</a></li>`,
  )}</ul></nav>`;
}

export function layout(options: LayoutOptions): string {
  const { lang, t, title, body } = options;
  const path = options.switchPath ?? "/";
  return `<!doctype html>\n${html`<html lang="${HTML_LANG[lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t("site_name")}</title>
<meta name="description" content="${t("site_tagline")}">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/style.css">
${LANGS.map((l) => html`<link rel="alternate" hreflang="${HTML_LANG[l]}" href="${langHref(path, l)}">\n`)}${options.head ?? ""}
</head>
<body>
<a class="skip" href="#main">${t("skip_to_content")}</a>
<header class="site">
<div class="wrap">
<a class="brand" href="${langHref("/", lang)}"><img src="/favicon.svg" alt="" width="28" height="28"> <span>${t("site_name")}</span></a>
${languageSwitch(lang, t, path)}
</div>
</header>
<main id="main" class="wrap">
${body}
</main>
<footer class="site">
<div class="wrap">
<nav aria-label="${t("site_name")}"><a href="${langHref("/", lang)}">${t("nav_report")}</a> · <a href="${langHref("/check", lang)}">${checkTranslator(lang)("nav_check")}</a> · <a href="${langHref("/stats", lang)}">${t("nav_stats")}</a> · <a href="/docs">${t("nav_docs")}</a></nav>
<p>${t("footer_note")}</p>
</div>
</footer>
${options.scripts ?? ""}
</body>
</html>`}\n`;
}
