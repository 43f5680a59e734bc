/** Every reason and advice message exists in zh-CN, zh-TW and en, each really in its language. */
import { describe, expect, it } from "vitest";
import { LANGS, MESSAGE_TABLES, messageFor } from "../../src/domain/messages";
import { toSimplifiedChars } from "../../src/domain/institutions";
import { pickLang } from "../../src/lib/lang";

/** Three English words in a row: a sentence, not an id, a number or "QQ". */
const ENGLISH_SENTENCE = /[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}[\s,]+[A-Za-z]{2,}/;
const HAN = /\p{Script=Han}/u;

const keys = MESSAGE_TABLES.flatMap((table) => Object.keys(table));

describe("message tables", () => {
  it.each(keys)("%s reads naturally in every language", (key) => {
    const params = { n: 3, days: 90, reason: "执照已核实", institution: "中信银行", organization: "中信银行", names: "中信金融", campaign: "cmp_abc", sender: "13700001111", domain: "zx-jr.top", score: 42, number: "95558", numbers: "95558", reports: 4 };
    const zhCN = messageFor(key, "zh-CN", params);
    const zhTW = messageFor(key, "zh-TW", params);
    const en = messageFor(key, "en", params);
    expect(zhCN).not.toMatch(ENGLISH_SENTENCE);
    expect(zhCN).toMatch(HAN);
    expect(zhTW).not.toMatch(ENGLISH_SENTENCE);
    // Traditional characters: converting to simplified changes the text.
    expect(toSimplifiedChars(zhTW)).not.toBe(zhTW);
    expect((en.match(/[A-Za-z]{2,}/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(en.replace(/中信银行|中信金融|执照已核实/g, "")).not.toMatch(HAN);
    for (const text of [zhCN, zhTW, en]) expect(text).not.toMatch(/\{\w+\}/);
  });

  it("uses every placeholder in every language alike", () => {
    for (const table of MESSAGE_TABLES) {
      for (const entry of Object.values(table)) {
        const placeholders = LANGS.map((lang) => [...entry[lang].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join());
        expect(new Set(placeholders).size).toBe(1);
      }
    }
  });

  it("falls back to the given text for a key no table knows", () => {
    expect(messageFor("made_up", "en", {}, "as given")).toBe("as given");
  });
});

describe("pickLang", () => {
  it.each<[string | null, string | null, string]>([
    [null, null, "zh-CN"],
    [null, "", "zh-CN"],
    ["en", "zh-CN", "en"],
    ["zh-TW", null, "zh-TW"],
    ["EN", null, "en"],
    ["fr", "en-US,en;q=0.9", "en"],
    [null, "zh-HK,zh;q=0.9", "zh-TW"],
    [null, "zh-Hant-TW", "zh-TW"],
    [null, "zh-MO", "zh-TW"],
    [null, "zh-Hans-CN", "zh-CN"],
    [null, "zh", "zh-CN"],
    [null, "fr-FR,de;q=0.9", "zh-CN"],
    [null, "fr,en;q=0.5,zh-TW;q=0.8", "zh-TW"],
    [null, "en;q=0,zh-TW;q=0.1", "zh-TW"],
  ])("?lang=%s, Accept-Language %s → %s", (explicit, header, lang) => {
    expect(pickLang(explicit, header)).toBe(lang);
  });
});

describe("problem details", () => {
  it("have a Chinese title and detail for every error code", async () => {
    const { ERROR_CODES } = await import("../../src/lib/errors");
    const { PROBLEM_MESSAGES } = await import("../../src/lib/problem-messages");
    for (const code of Object.keys(ERROR_CODES)) {
      for (const lang of ["zh-CN", "zh-TW"] as const) {
        const wording = PROBLEM_MESSAGES[code]?.[lang];
        expect(wording?.title, `${code} ${lang}`).toMatch(HAN);
        expect(wording?.detail).toMatch(HAN);
        expect(wording?.detail).not.toMatch(ENGLISH_SENTENCE);
      }
      expect(toSimplifiedChars(PROBLEM_MESSAGES[code]!["zh-TW"].title + PROBLEM_MESSAGES[code]!["zh-TW"].detail)).not.toBe(
        PROBLEM_MESSAGES[code]!["zh-TW"].title + PROBLEM_MESSAGES[code]!["zh-TW"].detail,
      );
    }
  });
});
