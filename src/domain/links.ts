/**
 * Finding links in SMS text the way scammers write them: with or without a scheme, `hxxp`, `h**p`,
 * `[.]`, ` dot `, `点`, full-width `．：／／` and `。`, spaces inside the host, IDN hosts. Domains are
 * registrable domains per the Public Suffix List, private section included (x.vercel.app ≠
 * y.vercel.app), so a report about one free-hosting subdomain never tars its neighbours.
 */
import { parse } from "tldts";
import type { ExtractedLink } from "./types";
import { memoizeString } from "./memo";
import { reputationTarget } from "./platforms";

/** Hosts (or registrable domains) of public URL shorteners: the real target is hidden behind them. */
const SHORTENERS = new Set([
  "t.cn", "url.cn", "w.url.cn", "dwz.cn", "suo.im", "suo.nz", "bit.ly", "tinyurl.com", "t.co", "goo.gl", "is.gd", "ow.ly",
  "rebrand.ly", "s.id", "cutt.ly", "985.so", "sohu.gg", "u.nu", "kurl.ru", "tiny.cc", "rb.gy", "v.gd", "shorturl.at",
  "t.ly", "tinyurl.cn", "dwz.date", "m6z.cn", "0x3.me", "c.tb.cn", "u.jd.com", "t.im", "xhslink.com", "buff.ly",
  "bitly.com", "lnkd.in", "dwz.mk", "e.vg", "urlc.cn", "6du.in", "mrw.so", "sina.lt", "qr.net",
]);

/**
 * Reserved names (RFC 2606/6761) that can never be real hosts. Docs and demo texts use them
 * ("http://xx.example/abc"), so they count as a suffix when the link says it is one: with a scheme,
 * or typed into a lookup. Bare, "xx.example" stays ordinary text.
 */
const RESERVED_TLDS = new Set(["example", "test", "invalid"]);

/** "Mr.Wang", "Dr.Li": .wang and .li are real TLDs, but after these words it is a name, not a host. */
const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "prof", "mt"]);
/** "readme.md", "setup.py": file names whose extension happens to be a TLD (bare, without a path). */
const FILE_EXTENSIONS = new Set(["md", "py", "sh", "pl", "rs"]);

/** isShortener("t.cn") → true; isShortener("w.url.cn") → true (by registrable domain) */
export function isShortener(host: string): boolean {
  const lower = host.toLowerCase().replace(/\.$/, "");
  return SHORTENERS.has(lower) || SHORTENERS.has(parse(lower, { allowPrivateDomains: true }).domain ?? "");
}

/** Characters of a host-like ASCII token; the token is the longest run of them before a separator. */
const HOST_CHAR = /[A-Za-z0-9.-]/;
/** No host is longer (DNS); a longer run is never a host, and scanning stops there. */
const MAX_HOST_CHARS = 253;
/** Separators are short: more spaces than this around a dot is noise, not obfuscation (and keeps every pattern linear). */
const GAP = String.raw`[ \t]{1,3}`;

/**
 * The host-like token that ends at `end`: the run of ASCII host characters before it, provided it
 * starts a token (text start, a non-host character — CJK included — or a scheme). Null otherwise.
 * Scanning is bounded by MAX_HOST_CHARS, so each separator costs at most that much.
 */
function tokenBefore(text: string, end: number): string | null {
  let start = end;
  while (start > 0 && end - start <= MAX_HOST_CHARS && HOST_CHAR.test(text[start - 1]!)) start--;
  if (start === end || end - start > MAX_HOST_CHARS) return null;
  const previous = text[start - 1];
  if (previous !== undefined && /[\w./:@-]/.test(previous) && !text.slice(Math.max(0, start - 3), start).endsWith("://")) return null;
  return text.slice(start, end);
}

/** "zx-jr.top", "www.abc": dot-separated labels, none empty. */
const isHostToken = (token: string) => /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*$/.test(token);
/** A host whose first label has a letter: "abc dot top" is a link, "10点MT" is a time. */
const isWordyHostToken = (token: string) => isHostToken(token) && /[A-Za-z]/.test(token.split(".")[0]!);
/** Looks like a host rather than a word or number: "zx-jr", "www.abc", "a1b2" ("U.S", "Hi", "123456" do not). */
const isHostyToken = (token: string) => /^www\./i.test(token) || (/[A-Za-z]/.test(token) && /[-0-9]/.test(token));

/** Capitalised English words that are also top-level domains: after ". " they start a sentence, not a TLD. */
const SENTENCE_WORDS_THAT_ARE_TLDS = new Set(["it", "me", "in", "is", "so", "be", "to", "no", "at", "us", "my", "do", "go", "am", "as", "an", "we", "hi", "by", "im"]);
/**
 * Whether text starts with one of those words standing alone, capitalised ("It starts", "To unlock") or followed by
 * another English word ("failed sign-ins. to unlock it"); "zx-jr. to/a" is a spaced link.
 */
function startsSentence(text: string): boolean {
  const word = /^[A-Z][a-z]?(?![A-Za-z0-9.-])|^[a-z]{2}(?=[ \t]+[A-Za-z])/.exec(text)?.[0];
  return word !== undefined && SENTENCE_WORDS_THAT_ARE_TLDS.has(word.toLowerCase());
}

/** A pattern without capture groups and its replacement, given the match, its offset and the whole text. */
type Repair = [RegExp, (match: string, offset: number, text: string) => string];

/**
 * Obfuscations and their repairs, in order. Each only ever turns text into ASCII URL syntax. The
 * patterns find short separators; whether the text before one is a host is decided by tokenBefore
 * in code, never by a lookbehind over an unbounded run (which made a run of spaces cubic).
 */
const REPAIRS: Repair[] = [
  // hxxp, hXXps, h**p, h__p, "ht tp", "http :// " (spaced schemes)
  [/\bh[ \t]{0,3}(?:t[ \t]{0,3}t|xx|\*\*|__)[ \t]{0,3}p(?:[ \t]{0,3}s)?[ \t]{0,3}:[ \t]{0,3}\/[ \t]{0,3}\/[ \t]{0,3}/gi, (match) => (/p[ \t]{0,3}s/i.test(match) ? "https://" : "http://")],
  // [.] (.) {.} 【.】 [dot] (点)
  [/[ \t]{0,3}[[({【][ \t]{0,3}(?:\.|。|dot|点|點)[ \t]{0,3}[\])}】][ \t]{0,3}/gi, () => "."],
  // " dot " and "点" only between ASCII labels, the left one with a letter: "abc dot top", "abc点top", never "10点MT".
  [
    new RegExp(String.raw`(?:${GAP}dot${GAP}|[ \t]{0,3}[点點][ \t]{0,3})(?=[A-Za-z])`, "gi"),
    (match, offset, text) => (isWordyHostToken(tokenBefore(text, offset) ?? "") ? "." : match),
  ],
  // An ideographic full stop inside a host-like run is a dot; after a path or Chinese text it is punctuation.
  [/[。｡](?=[A-Za-z0-9])/g, (match, offset, text) => (isHostToken(tokenBefore(text, offset) ?? "") ? "." : match)],
  // "zx-jr .top", "www.abc .com", "zxjr .top/a": a space before a dot, after a host-like token or before a path.
  [
    new RegExp(String.raw`${GAP}(?=\.[A-Za-z0-9])`, "g"),
    (match, offset, text) => {
      const token = tokenBefore(text, offset);
      if (token === null) return match;
      const beforePath = isHostToken(token) && /^\.[A-Za-z0-9-]{1,63}\//.test(text.slice(offset + match.length, offset + match.length + 66));
      return isHostyToken(token) || beforePath ? "" : match;
    },
  ],
  // "zx-jr. top": a space after a dot only inside a token that already looks like a host ("U.S. Army" stays), and not
  // where a sentence starts with a word that is also a TLD ("failed sign-ins. To unlock", "check-in. It starts").
  [
    new RegExp(String.raw`(?<=\.)${GAP}(?=[A-Za-z0-9])`, "g"),
    (match, offset, text) => {
      const token = tokenBefore(text, offset - 1);
      if (token === null || !isHostyToken(token)) return match;
      return startsSentence(text.slice(offset + match.length, offset + match.length + 8)) ? match : "";
    },
  ],
];

/** Undo the usual obfuscations so that links can be matched. */
function deobfuscate(text: string): string {
  // NFKC first: full-width letters, digits, "．", "：", "／" become ASCII.
  let clean = text.normalize("NFKC");
  for (const [pattern, replacement] of REPAIRS) clean = clean.replace(pattern, replacement);
  return clean;
}

/** The registrable domain of a host with a known public suffix (or a reserved one, when allowed); null otherwise. */
function registrableDomain(host: string, allowReserved: boolean): string | null {
  const info = parse(host, { allowPrivateDomains: true });
  if ((info.isIcann || info.isPrivate) && info.domain) return info.domain;
  const labels = host.split(".");
  if (allowReserved && labels.length >= 2 && RESERVED_TLDS.has(labels.at(-1)!)) return labels.slice(-2).join(".");
  return null;
}

/** The registrable domain of a host or domain target (itself when it has none): the registry key of official domains. */
export function registrableDomainOf(host: string): string {
  return registrableDomain(host, true) ?? host;
}

/** Whether a host as written (any case, IDN, IPv4) is an IP or ends in a known public suffix. */
function hasKnownSuffix(host: string, allowReserved: boolean): boolean {
  try {
    const hostname = new URL(`http://${host}`).hostname;
    return parse(hostname).isIp === true || registrableDomain(hostname, allowReserved) !== null;
  } catch {
    return false;
  }
}

/** More spaces than this inside one host is noise, not obfuscation (and keeps the joining linear). */
const MAX_HOST_PIECES = 6;

/**
 * Spaces inserted inside a host after a scheme ("http://zx -jr. top/a", "http://xx .exa mple.com").
 * Glue the next ASCII piece while the host is clearly unfinished (a dangling "." or "-", no known
 * suffix yet) or the piece completes a split suffix ("zx-jr.to p" → "zx-jr.top"); keep the
 * original when gluing does not end in a known suffix. Chinese text never takes part.
 */
function joinSpacedHost(pieces: string[]): { host: string; used: number } {
  let host = pieces[0]!;
  let used = 1;
  for (; used < Math.min(pieces.length, MAX_HOST_PIECES); used++) {
    const piece = pieces[used]!;
    const glued = host + piece;
    const midHost = /[.-]$/.test(host) || /^[.-]/.test(piece);
    const unfinished = !hasKnownSuffix(host, true);
    const completesSuffix = !piece.includes(".") && hasKnownSuffix(glued, true);
    if (!(midHost || unfinished || completesSuffix)) break;
    host = glued;
  }
  return hasKnownSuffix(host, true) ? { host, used } : { host: pieces[0]!, used: 1 };
}

function joinSpacedSchemeHosts(text: string): string {
  return text.replace(/(https?:\/\/)([A-Za-z0-9.-]+(?:[ \t]{1,2}[A-Za-z0-9.-]+)+)/gi, (_all, scheme: string, run: string) => {
    const pieces = run.split(/[ \t]+/);
    const { host, used } = joinSpacedHost(pieces);
    const rest = pieces.slice(used).join(" ");
    return `${scheme}${host}${rest ? ` ${rest}` : ""}`;
  });
}

/** URL paths in SMS are ASCII: Chinese text glued after a link ("…/a请尽快处理") is not part of it. */
const PATH = String.raw`(?:[/?#](?:(?!https?:\/\/)[!-~])*)?`;
/**
 * Scheme, optional userinfo ("http://95558@evil.top" hides the host behind a bank number), a host run
 * of letters in any script (IDN), digits, "-" and "." that stops before another scheme, optional port, path.
 */
const SCHEME_URL = new RegExp(
  String.raw`https?:\/\/(?:[\w.~-]+(?::[\w.~-]*)?@)?(?<host>(?:(?!https?:\/\/)[\p{L}\p{N}.-])+)(?<port>:\d{1,5})?(?<path>${PATH})`,
  "dgiu",
);
/** A host without scheme: ASCII labels and an alphabetic (or punycode) last label; IPv4 only with a port or path. */
const BARE_HOST = new RegExp(
  String.raw`(?<![\w@./-])(?:(?<name>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:xn--[a-z0-9-]{2,59}|[a-z]{2,63}))|(?<ip>(?:\d{1,3}\.){3}\d{1,3})(?=[:/]))(?![\w@-])(?<port>:\d{1,5})?(?<path>${PATH})`,
  "gi",
);
/** Punctuation that ends a sentence rather than a URL: "http://a.top/x)。" */
const TRAILING_PUNCTUATION = new Set(".,;:!?()[]{}<>'\"*");

/** Cuts trailing characters of a set, scanning from the end (a `[…]+$` pattern is quadratic on long runs). */
function trimEnd(text: string, characters: Set<string>): string {
  let end = text.length;
  while (end > 0 && characters.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

const NON_ASCII = /[^\x00-\x7f]/;
const DOTS = new Set(".");
/** DNS caps a name at 253 characters; Chinese text glued after an IDN host is never searched further. */
const MAX_HOST_LENGTH = 253;

/**
 * The host in a run of host characters that may have Chinese text glued on: "abc.top请登录" →
 * "abc.top" (an ASCII host ends where Chinese begins), "中信金融.中国请点击" → "中信金融.中国" (an IDN
 * host: the longest prefix, cut inside the Chinese, with a known suffix). An all-ASCII run is a host
 * as a whole or not at all. Null when no prefix is a host.
 */
function trimHostRun(run: string): string | null {
  const asciiHead = trimEnd(/^[\x00-\x7f]*/.exec(run)?.[0] ?? "", DOTS);
  if (asciiHead.includes(".") && hasKnownSuffix(asciiHead, true)) return asciiHead;
  for (let end = Math.min(run.length, MAX_HOST_LENGTH); end > asciiHead.length; end--) {
    // Cut only inside Chinese or where ASCII meets Chinese: an ASCII label is never split.
    const atBoundary = end === run.length || NON_ASCII.test(run[end - 1]!) || NON_ASCII.test(run[end]!);
    if (!atBoundary) continue;
    const candidate = run.slice(0, end);
    if (candidate.includes(".") && hasKnownSuffix(candidate, true)) return candidate;
  }
  return null;
}

function toLink(url: string, hasScheme: boolean): ExtractedLink | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // WHATWG URL lower-cases the host and turns IDN into punycode.
  const host = parsed.hostname.replace(/\.$/, "");
  if (parse(host).isIp) return { url: parsed.href, host, domain: host, shortener: false };
  const registrable = registrableDomain(host, hasScheme);
  if (!registrable) return null;
  // Platforms and official domains are judged by host (src/domain/platforms.ts): u.jd.com is not jd.com.
  return { url: parsed.href, host, domain: reputationTarget(host, registrable), shortener: isShortener(host) };
}

/** A bare host that is really a name ("Mr.Wang") or a file name ("readme.md"). */
function looksLikeWordNotHost(host: string, hasPath: boolean): boolean {
  const labels = host.toLowerCase().split(".");
  if (labels.length !== 2 || hasPath) return false;
  return ABBREVIATIONS.has(labels[0]!) || FILE_EXTENSIONS.has(labels[1]!);
}

/**
 * Work per text is capped: an SMS carries a few links (a report keeps 10), and each candidate costs
 * URL and suffix parsing, so a text made of thousands of host-like tokens is not parsed whole.
 */
const MAX_LINK_CANDIDATES = 32;

function* take<T>(items: Iterable<T>, limit: number): Generator<T> {
  if (limit <= 0) return;
  let taken = 0;
  for (const item of items) {
    yield item;
    if (++taken >= limit) return;
  }
}

/**
 * Every link in an SMS, de-obfuscated, deduplicated by url, in order of appearance.
 * Example: extractLinks("点击 hxxp://zx-jr[.]top/a 处理") → [{ url: "http://zx-jr.top/a", host: "zx-jr.top", domain: "zx-jr.top", shortener: false }]
 */
export function extractLinks(text: string): ExtractedLink[] {
  const clean = joinSpacedSchemeHosts(deobfuscate(text));
  const found: { at: number; link: ExtractedLink }[] = [];
  const schemeSpans: [number, number][] = [];

  for (const match of take(clean.matchAll(SCHEME_URL), MAX_LINK_CANDIDATES)) {
    const at = match.index;
    schemeSpans.push([at, at + match[0].length]);
    const { host: run = "", port = "", path = "" } = match.groups!;
    const host = trimHostRun(run);
    if (!host) continue;
    // Scheme and userinfo as written; port and path only when no Chinese text was cut off the host (they followed that text).
    const schemeAndUser = clean.slice(at, match.indices!.groups!.host![0]);
    const tail = host === run ? `${port}${path}` : "";
    const link = toLink(trimEnd(`${schemeAndUser}${host}${tail}`, TRAILING_PUNCTUATION), true);
    if (link) found.push({ at, link });
  }

  for (const match of take(clean.matchAll(BARE_HOST), MAX_LINK_CANDIDATES)) {
    const at = match.index;
    if (schemeSpans.some(([from, to]) => at >= from && at < to)) continue;
    const { name, ip, port = "" } = match.groups!;
    const path = trimEnd(match.groups!.path ?? "", TRAILING_PUNCTUATION);
    if (name && looksLikeWordNotHost(name, path.length > 1)) continue;
    const link = toLink(`http://${name ?? ip}${port}${path}`, false);
    if (link) found.push({ at, link });
  }

  const links: ExtractedLink[] = [];
  const seen = new Set<string>();
  for (const { link } of found.sort((a, b) => a.at - b.at)) {
    if (seen.has(link.url)) continue;
    seen.add(link.url);
    links.push(link);
  }
  return links;
}

/**
 * A domain, host or URL typed into a lookup, as { host, domain }; null when it is not a domain
 * (no known suffix, a bare public suffix, an e-mail address, text with spaces).
 * Example: normaliseDomainInput("https://PAY.za-kf.top/x") → { host: "pay.za-kf.top", domain: "za-kf.top" }
 */
export const normaliseDomainInput = memoizeString(parseDomainInput, 10_000);

function parseDomainInput(input: string): { host: string; domain: string } | null {
  const clean = deobfuscate(input.trim()).trim();
  if (!clean || /\s/.test(clean)) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(clean);
  if (!hasScheme && clean.includes("@")) return null;
  // An explicit lookup reads like a link with a scheme: IDN and reserved names are accepted.
  const link = extractLinks(hasScheme ? clean : `http://${clean}`)[0];
  return link ? { host: link.host, domain: link.domain } : null;
}
