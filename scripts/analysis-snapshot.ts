/**
 * Everything content analysis decides (the learned model's probability too, to the last bit), one
 * JSON line per text, so an engine change (folding, scanning, matching, the model's hashing) can be
 * checked to change no result: run it before and after, then compare.
 *   npx tsx scripts/analysis-snapshot.ts > before.jsonl   (on main)
 *   npx tsx scripts/analysis-snapshot.ts > after.jsonl && cmp before.jsonl after.jsonl
 * Texts: every message of data/corpus, the same joined to 500, 2,000 and 5,000 characters (as
 * `npm run profile` measures), the string literals of the domain and route tests, and variants of
 * the corpus that stress folding: full-width, traditional, upper case, fillers between characters,
 * and characters NFKC or lower-casing treat specially (combining marks, ligatures, İ, K, emoji).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { foldForMatching } from "../src/domain/concepts";
import { SIMPLIFIED, TRADITIONAL } from "../src/domain/hanzi-table";
import { canonicalInstitutionName, findInstitutions } from "../src/domain/institutions";
import { extractLinks } from "../src/domain/links";
import { analyseContent } from "../src/domain/signals";
import { handleHelp } from "./lib/cli";
import { corpusMessages, joinedMessages } from "./lib/corpus";
import { mulberry32 } from "./lib/synthetic";

handleHelp(import.meta.url);

const root = join(import.meta.dirname, "..");

/** String literals of the tests (quotes, apostrophes, template literals without substitutions). */
function testLiterals(): string[] {
  const files = ["test/domain", "test/routes"].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith(".ts"))
      .map((name) => join(root, dir, name)),
  );
  const literals = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/"((?:[^"\\\n]|\\.){2,})"|'((?:[^'\\\n]|\\.){2,})'|`([^`$\\]{2,})`/g)) {
      literals.add(match[1] ?? match[2] ?? match[3]!);
    }
  }
  return [...literals];
}

const toTraditional = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) if (!toTraditional.has(SIMPLIFIED[i]!)) toTraditional.set(SIMPLIFIED[i]!, TRADITIONAL[i]!);

/** Characters folding must treat exactly as NFKC and toLowerCase do. */
const SPECIAL = [
  "\u0301", "\u0323", "\u3099", "\u309a", "ｶ", "ﾞ", "İ", "K", "Ω", "ß", "ﬁ", "㈱", "①", "㎏", "Ⅻ", "Σ", "Д", "ǅ", "\u1100", "\u1161", "\u11a8", "가",
  "豈", "\u3000", "\u200b", "\ufeff", "\u00a0", "…", "¨", "😀", "\ud83d", "\ude00", "Ａ", "ｑｑ", "，", "。", "·", "*", "_", "~", "\t", " ", "ＶＸ",
];

function variants(messages: string[]): string[] {
  const random = mulberry32(23);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const out: string[] = [];
  messages.forEach((text, n) => {
    if (n % 4 === 0) out.push(text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
    if (n % 4 === 1) out.push([...text].map((c) => toTraditional.get(c) ?? c).join(""));
    if (n % 4 === 2) out.push(text.toUpperCase());
    if (n % 4 === 3) out.push([...text].map((c) => (random() < 0.3 ? c + pick([" ", "*", "·", "_", "~", "\u3000", "\u200b", "\t", "  "]) : c)).join(""));
    if (n % 3 === 0) out.push([...text].map((c) => (random() < 0.08 ? c + pick(SPECIAL) : c)).join(""));
  });
  return out;
}

const messages = corpusMessages();
const texts = [
  ...messages,
  ...joinedMessages(messages, 500, 200),
  ...joinedMessages(messages, 2000, 400),
  ...joinedMessages(messages, 5000, 40),
  ...testLiterals(),
  ...variants(messages),
];

const lines: string[] = [];
for (const [n, text] of texts.entries()) {
  const links = extractLinks(text);
  const content = analyseContent(text, "+8613812345678", links);
  lines.push(
    JSON.stringify({
      n,
      folded: foldForMatching(text),
      links,
      signals: content.signals,
      institution: content.institution?.name ?? null,
      typology: content.typology,
      callbackNumbers: content.callbackNumbers,
      scamLanguage: content.scamLanguage,
      transcript: content.transcript,
      institutions: findInstitutions(text).map((institution) => institution.name),
      canonical: text.length <= 40 ? canonicalInstitutionName(text) : null,
    }),
  );
}
process.stdout.write(`${lines.join("\n")}\n`);
console.error(`${texts.length} texts`);
