/**
 * Finding links in SMS text the way scammers write them: with or without a scheme, `hxxp`, `[.]`,
 * full-width `．：／／`, spaces inside the host, IDN hosts. Domains are registrable domains per the
 * Public Suffix List, private section included (x.vercel.app ≠ y.vercel.app).
 */
import { parse } from "tldts";
import type { ExtractedLink } from "./types";

/** Hosts (or registrable domains) of public URL shorteners: the real target is hidden behind them. */
const SHORTENERS = new Set([
  "t.cn", "url.cn", "w.url.cn", "dwz.cn", "suo.im", "suo.nz", "bit.ly", "tinyurl.com", "t.co", "goo.gl", "is.gd", "ow.ly",
  "rebrand.ly", "s.id", "cutt.ly", "985.so", "sohu.gg", "u.nu", "kurl.ru", "tiny.cc", "rb.gy", "v.gd", "shorturl.at",
  "t.ly", "tinyurl.cn", "dwz.date", "m6z.cn", "0x3.me", "c.tb.cn", "u.jd.com", "t.im", "xhslink.com",
]);

/** isShortener("t.cn") → true */
export function isShortener(host: string): boolean {
  const lower = host.toLowerCase();
  return SHORTENERS.has(lower) || SHORTENERS.has(parse(lower, { allowPrivateDomains: true }).domain ?? "");
}

/** Undo the usual obfuscations so that links can be matched. */
function deobfuscate(text: string): string {
  return (
    text
      .normalize("NFKC")
      // hxxp, hXXps, h**p, h__p
      .replace(/\bh(?:xx|\*\*|__|XX|Xx|xX)p(s?)(:\/\/|：\/\/)/g, "http$1://")
      .replace(/\s*(?:\[\s*\.\s*\]|\(\s*\.\s*\)|\{\s*\.\s*\}|\[dot\]|\(dot\)|\s+dot\s+)\s*/gi, ".")
      // an ideographic full stop between ASCII letters/digits is a dot in a host
      .replace(/(?<=[A-Za-z0-9])[。｡](?=[A-Za-z0-9])/g, ".")
      .replace(/:\s*\/\s*\/\s*/g, "://")
  );
}

/**
 * Spaces inserted inside a link ("http://zx -jr. top/a"): after a scheme, join the ASCII pieces of
 * the host as long as each join still looks like a host; stop at Chinese text.
 */
function joinSpacedHosts(text: string): string {
  return text.replace(/(https?:\/\/)([A-Za-z0-9\-.]+(?: {1,2}[A-Za-z0-9\-.]+)+)/gi, (_all, scheme: string, host: string) => {
    const pieces = host.split(/ +/);
    let joined = pieces[0] ?? "";
    let used = 1;
    for (; used < pieces.length; used++) {
      const piece = pieces[used] ?? "";
      const glued = joined + piece;
      const before = parse(joined);
      const after = parse(glued);
      // Join while the host is incomplete (no valid suffix yet) or the join is clearly mid-host.
      const incomplete = !before.isIcann && !before.isPrivate;
      if (!(incomplete || joined.endsWith(".") || joined.endsWith("-") || piece.startsWith(".") || piece.startsWith("-"))) break;
      if (!after.hostname) break;
      joined = glued;
    }
    return `${scheme}${joined}${used < pieces.length ? ` ${pieces.slice(used).join(" ")}` : ""}`;
  });
}

const SCHEME_URL = /https?:\/\/[^\s<>"'，。！？、；：“”‘’（）【】《》「」『』]+/giu;
const BARE_HOST = /(?<![\w@.\-/])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:xn--[a-z0-9-]{2,59}|[a-z]{2,63}))(?::\d{2,5})?((?:[/?#][^\s<>"'\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*)?)/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"…]+$/u;

function toLink(url: string, requireKnownSuffix: boolean): ExtractedLink | null {
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    return null;
  }
  const host = parsedUrl.hostname.toLowerCase().replace(/\.$/, "");
  if (!host.includes(".") && !/^\[/.test(host)) return null;
  const info = parse(host, { allowPrivateDomains: true });
  if (info.isIp) return { url: parsedUrl.toString(), host, domain: host, shortener: false };
  const known = Boolean(info.isIcann || info.isPrivate);
  if (requireKnownSuffix && !known) return null;
  const domain = info.domain ?? (known ? null : host.split(".").slice(-2).join("."));
  if (!domain) return null;
  return { url: parsedUrl.toString(), host, domain, shortener: isShortener(host) };
}

/**
 * Every link in an SMS, de-obfuscated, deduplicated, in order of appearance.
 * Example: extractLinks("点击 hxxp://zx-jr[.]top/a 处理") → [{ url: "http://zx-jr.top/a", host: "zx-jr.top", domain: "zx-jr.top", shortener: false }]
 */
export function extractLinks(text: string): ExtractedLink[] {
  const clean = joinSpacedHosts(deobfuscate(text));
  const links: ExtractedLink[] = [];
  const seen = new Set<string>();
  const add = (link: ExtractedLink | null) => {
    if (link && !seen.has(link.url)) {
      seen.add(link.url);
      links.push(link);
    }
  };
  const spans: [number, number][] = [];
  for (const match of clean.matchAll(SCHEME_URL)) {
    const raw = match[0].replace(TRAILING_PUNCTUATION, "");
    spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
    add(toLink(raw, false));
  }
  for (const match of clean.matchAll(BARE_HOST)) {
    const start = match.index ?? 0;
    if (spans.some(([from, to]) => start >= from && start < to)) continue;
    const raw = `${match[1]}${match[0].slice((match[1] ?? "").length)}`.replace(TRAILING_PUNCTUATION, "");
    add(toLink(`http://${raw}`, true));
  }
  return links;
}

/**
 * A domain, host or URL typed into a lookup, as { host, domain }; null when it is not a domain.
 * Example: normaliseDomainInput("https://pay.za-kf.top/x") → { host: "pay.za-kf.top", domain: "za-kf.top" }
 */
export function normaliseDomainInput(input: string): { host: string; domain: string } | null {
  const trimmed = input.trim();
  if (!trimmed || /\s/.test(deobfuscate(trimmed).trim())) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  const link = extractLinks(withScheme)[0];
  if (!link) return null;
  return { host: link.host, domain: link.domain };
}
