/**
 * Sender normalisation as a grammar: from a normalised Chinese number of each kind, fast-check
 * writes it the ways people do — any country prefix, any separators, brackets around any group,
 * ASCII or full-width digits, a trunk 0 on landlines — and every spelling must normalise back.
 * Text that is no number must stay unreadable (the routes answer it with 422 invalid_sender).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseSender } from "../../src/domain/phone";
import type { SenderKind } from "../../src/domain/types";

/** Per kind; the issue asks for at least 10,000 spellings each. */
const RUNS_PER_KIND = 10_000;

interface Number {
  kind: SenderKind;
  normalized: string;
  /** Digits as dialled inside China, landlines without their trunk 0 (added by the spelling). */
  national: string;
  /** False where a country code would change the reading (see `prefixAllowed`). */
  prefixAllowed: boolean;
}

// Few random values per run (a length and two 9-digit blocks, not one value per digit) keep 50,000 runs fast.
const block = fc.integer({ min: 0, max: 999_999_999 }).map((n) => String(n).padStart(9, "0"));
const digits = (min: number, max: number) => fc.tuple(fc.integer({ min, max }), block, block).map(([length, a, b]) => (a + b).slice(0, length));
const oneOf = (...values: string[]) => fc.constantFrom(...values);

const mobile = fc.tuple(oneOf(..."3456789"), digits(9, 9)).map(([second, rest]): Number => {
  const national = `1${second}${rest}`;
  return { kind: "mobile", normalized: `+86${national}`, national, prefixAllowed: true };
});

/** Beijing 10 and the 2x cities take 8-digit subscribers, 3-digit areas 7 or 8; subscribers start with 2–9. */
const landline = fc
  .tuple(
    fc.oneof(fc.constant("10"), oneOf(..."0123456789").map((d) => `2${d}`), fc.tuple(oneOf(..."3456789"), digits(2, 2)).map(([a, b]) => a + b)),
    oneOf(..."23456789"),
    digits(7, 7),
    fc.boolean(),
  )
  .filter(([area]) => area !== "400" && area !== "800")
  .map(([area, first, rest, short]): Number => {
    const subscriber = first + (area.length === 3 && short ? rest.slice(1) : rest);
    const national = area + subscriber;
    return { kind: "landline", normalized: `+86${national}`, national, prefixAllowed: true };
  });

const service = fc
  .oneof(
    digits(3, 7).map((rest) => `95${rest}`),
    digits(3, 4).map((rest) => `96${rest}`),
    fc.tuple(oneOf("400", "800"), digits(7, 7)).map(([head, rest]) => head + rest),
  )
  .map((national): Number => ({ kind: "service", normalized: national, national, prefixAllowed: true }));

/**
 * 106 ports of 8–21 digits. With a country code a 10-digit one reads as a Beijing landline, as
 * E.164 says ("+86 10 6588 3001"), so those are spelled without one.
 */
const smsPort = digits(5, 18).map((rest): Number => {
  const national = `106${rest}`;
  return { kind: "sms_port", normalized: national, national, prefixAllowed: national.length !== 10 };
});

/**
 * The police, fire and other 3-digit numbers; carrier (100xx, 101xx) and public-service (11xxx,
 * 12xxx) codes with extensions up to 11 digits. With a country code a 10xxxxxxxx code of 10 digits
 * reads as a Beijing landline, so those are spelled without one.
 */
const shortCode = fc
  .oneof(oneOf("110", "112", "114", "117", "119", "120", "121", "122"), fc.tuple(oneOf("100", "101", "11", "12"), digits(2, 8)).map(([head, rest]) => (head + rest).slice(0, 11)))
  .filter((code) => code.length === 3 || code.length >= 5)
  .map((national): Number => ({ kind: "short_code", normalized: national, national, prefixAllowed: !(national.startsWith("10") && national.length === 10) }));

const SEPARATORS = ["", "", " ", "  ", "\u3000", "-", "‐", "–", "—", ".", "·", "/", " - ", "－", "．", "／"];
const BRACKETS: [string, string][] = [["(", ")"], ["（", "）"], ["[", "]"], ["［", "］"]];
const PREFIXES = ["+86", "+ 86", "0086", "86", "＋８６", "００８６"];

/** The spelling of one number: [prefix] [trunk] digits cut into groups, each maybe bracketed, digits ASCII or full-width. */
const spelling = (number: fc.Arbitrary<Number>) =>
  fc
    .record({
      number,
      prefix: fc.option(oneOf(...PREFIXES), { freq: 3 }),
      prefixBrackets: fc.option(fc.constantFrom(...BRACKETS)),
      trunk: oneOf("0", "(0)", "（0）", "", "", ""),
      // Bits of three numbers choose the cuts (up to 5, 5 bits each), which groups are bracketed
      // (6 bits), the 7 separators (4 bits each) and which digits are full-width (all, none or some).
      layout: fc.tuple(fc.nat(), fc.nat()),
      brackets: fc.constantFrom(...BRACKETS),
      fullWidth: fc.oneof(fc.constant(0), fc.constant(-1), fc.nat()),
      padding: oneOf("", " ", "\u3000"),
    })
    .map(({ number, prefix, prefixBrackets, trunk, layout: [shape, separatorBits], brackets, fullWidth, padding }) => {
      const cuts = Array.from({ length: shape % 6 }, (_, i) => (shape >> (3 + 5 * i)) & 31);
      const bracketed = Array.from({ length: 6 }, (_, i) => ((separatorBits >> (24 + i)) & 1) === 1 && ((shape >> 28) & 1) === 1);
      const separators = Array.from({ length: 7 }, (_, i) => SEPARATORS[((separatorBits >> (3 * i)) & 7) + 8 * ((shape >> (i % 3)) & 1)]!);
      const usePrefix = prefix !== null && number.prefixAllowed;
      // Without a country code a landline needs its trunk 0; after one the 0 is optional, maybe as
      // "(0)". A mobile may carry one too (dialled from another city's landline).
      const body = number.kind === "landline" ? (usePrefix ? trunk : "0") + number.national : number.kind === "mobile" ? trunk + number.national : number.national;
      const positions = [...new Set(cuts.map((n) => 1 + (n % Math.max(1, number.national.length - 1))))].sort((a, b) => a - b);
      const groups: string[] = [];
      let start = 0;
      for (const at of [...positions.map((p) => p + (body.length - number.national.length)), body.length]) {
        if (at > start) groups.push(body.slice(start, at));
        start = Math.max(start, at);
      }
      const written = groups.map((group, i) => (bracketed[i] && !group.includes("(") && !group.includes("（") ? brackets[0] + group + brackets[1] : group));
      let text = written.map((group, i) => (i === 0 ? group : separators[i]! + group)).join("");
      if (usePrefix) {
        const head = prefixBrackets ? prefixBrackets[0] + prefix + prefixBrackets[1] : prefix;
        // A bare "86" run into a short number reads as a local number without area code, so it stands apart.
        const apart = prefix === "86" && !prefixBrackets && number.national.length + 2 <= 8 && separators[0] === "" ? " " : separators[0]!;
        text = head + apart + text;
      }
      const widened = [...text].map((char, i) => (/\d/.test(char) && (fullWidth >> (i % 30)) & 1 ? String.fromCharCode(0xff10 + Number(char)) : char)).join("");
      return { number, text: padding + widened + padding };
    });

const KINDS: [SenderKind, fc.Arbitrary<Number>][] = [
  ["mobile", mobile],
  ["landline", landline],
  ["service", service],
  ["sms_port", smsPort],
  ["short_code", shortCode],
];

describe("normaliseSender — every spelling of a number normalises back to it", () => {
  it.each(KINDS)("%s", (_kind, number) => {
    fc.assert(
      // A boolean, not expect(), per run: 50,000 runs stay well under a second or two.
      fc.property(spelling(number), ({ number, text }) => {
        const sender = normaliseSender(text);
        return sender?.normalized === number.normalized && sender.kind === number.kind && sender.country === "CN";
      }),
      { numRuns: RUNS_PER_KIND },
    );
  });

  it("spells the held-out forms the generator covers", () => {
    // The form of the issue, and one of each kind written with brackets, dots and a bracketed prefix.
    expect(normaliseSender("(+86) 139.1234.5678")?.normalized).toBe("+8613912345678");
    expect(normaliseSender("（+86）(0)755·8888·6666")?.normalized).toBe("+8675588886666");
    expect(normaliseSender("0086 (95558)")?.normalized).toBe("95558");
    expect(normaliseSender("[+86] 1069/0000/1234")?.normalized).toBe("106900001234");
  });
});

describe("normaliseSender — text that is no number stays unreadable", () => {
  const anyNumber = fc.oneof(...KINDS.map(([, number]) => spelling(number)));
  const longNumber = fc.oneof(spelling(mobile), spelling(landline), spelling(smsPort.filter((n) => n.national.length < 20)));

  it.each([
    // A mobile one digit short or long is no number whatever its prefix or spelling.
    ["a mobile with a digit missing", spelling(mobile).map(({ text }) => text.replace(/[0-9０-９](?=[^0-9０-９]*$)/u, ""))],
    ["a mobile with a digit too many", spelling(mobile).map(({ text }) => text.replace(/([0-9０-９])(?=[^0-9０-９]*$)/u, "$1$1"))],
    // A letter among five or more digits: no number, and too many digits for a name.
    ["a number with a letter in it", fc.tuple(longNumber, fc.nat(), oneOf("O", "o", "l", "x", "号")).map(([{ text }, at, letter]) => { const i = 1 + (at % (text.trim().length - 1)); return text.trim().slice(0, i) + letter + text.trim().slice(i); })],
    ["a number with a second plus", anyNumber.map(({ text }) => `+${text.replace(/^[\s\u3000]*[(（[［]?[+＋]/u, "")}+`)],
    ["a number with an unclosed bracket", anyNumber.map(({ text }) => `(${text}`)],
    ["Latin phrases of two or more words", fc.array(fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABC"), minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 4 }).map((w) => w.join(" "))],
    ["punctuation and separators only", fc.string({ unit: oneOf(" ", "-", ".", "(", ")", "/", "·", "+", "\u3000"), maxLength: 30 })],
  ])("%s", (_name, text: fc.Arbitrary<string>) => {
    fc.assert(
      fc.property(text, (input) => normaliseSender(input) === null),
      { numRuns: 2_000 },
    );
  });
});
