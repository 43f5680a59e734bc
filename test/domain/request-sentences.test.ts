/**
 * Request patterns read only the sentences that name their item (src/domain/request-sentences.ts):
 * what a pattern finds there must be exactly what it finds in the whole text — same matches, same
 * verbs, same clause before each verb — and a pattern the shortcut cannot prove safe reads the whole
 * text. (scripts/analysis-snapshot.ts checks every analysis result of the corpus on top of this.)
 */
import { describe, expect, it } from "vitest";
import { planSearches, textToSearch, widenedAlternatives } from "../../src/domain/request-sentences";

const CLAUSE_END = new Set(Array.from("，,。.！!？?；;\n", (c) => c.charCodeAt(0)));

/** Shapes of the patterns in src/domain/signals.ts, written out here. */
const VERB_FIRST = /(?<verb>回复|提供|发给|告知)[^。！!？?；;\n]{0,12}?(?:验证码|(?:账户|支付)?(?<!动态|短信)密码|OTP)/dgi;
const ITEM_FIRST = /(?:验证码|(?:账户|支付)?(?<!动态|短信)密码|OTP)[^。！!？?；;\n]{0,14}?(?<verb>回复|提供|发给|告知)/dgi;
const ENGLISH = /\b(?<verb>send|reply|give)\b[^.!?\n]{0,24}\b(?:otp|code|pin)\b/dgi;
const FACE = /(?<verb>进行|完成)[^，,。！!？?；;\n]{0,4}(?:人脸识别|刷脸)/dg;
const compile = (source: string, flags: string) => new RegExp(source, flags);
planSearches([VERB_FIRST, ITEM_FIRST, ENGLISH, FACE], CLAUSE_END, compile);

/** Every match as what decides a request: the text matched, the verb, and the clause before the verb. */
function matches(pattern: RegExp, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const verbAt = match.indices?.groups?.verb?.[0] ?? match.index;
    let start = verbAt;
    while (start > 0 && verbAt - start < 80 && !CLAUSE_END.has(text.charCodeAt(start - 1))) start--;
    found.push(`${match[0]}|${match.groups?.verb}|${text.slice(start, verbAt)}`);
  }
  return found;
}

/** Texts this short are searched whole (an SMS is a sentence or two): the ones below come after it. */
const LONG_PREFIX = "Nothing to see here.\n".repeat(25);

const TEXTS = [
  "",
  "您的验证码是123456，请勿告知他人。",
  "请回复验证码。不要提供密码！告知动态密码给客服；发给我OTP",
  // A lookbehind at a sentence's start, an item at its end, several items in one sentence.
  "动态。密码请回复\n短信\n密码提供给我。验证码验证码回复验证码回复",
  "不要回复，回复验证码给我。请勿告知：支付密码发给专员",
  "账户密码？提供一下吧!回复Otp",
  "Never send the code. Please send us the OTP now! reply with your PIN?give code",
  "sendcode. send otpx. Send: code\nreply pin",
  "请进行人脸识别，完成刷脸。进行，刷脸",
  "无关的文字，没有任何请求。只是通知。".repeat(20),
  `${"填充".repeat(200)}请提供验证码${"。".repeat(3)}${"文字".repeat(100)}回复OTP`,
];

describe("request patterns read only the sentences naming their item", () => {
  for (const [name, pattern] of Object.entries({ VERB_FIRST, ITEM_FIRST, ENGLISH, FACE })) {
    it(`${name}: the same matches, verbs and clauses as in the whole text`, () => {
      for (const text of TEXTS.flatMap((text) => [text, LONG_PREFIX + text, text + LONG_PREFIX])) {
        const searched = textToSearch(pattern, text);
        expect(matches(pattern, searched), text).toEqual(matches(pattern, text));
      }
    });
  }

  it("a long text naming no item leaves nothing to search, else only its sentences that name one; an SMS is searched whole", () => {
    expect(textToSearch(VERB_FIRST, "今天天气很好。明天见！".repeat(50))).toBe("");
    const long = `${"无关的一句话。".repeat(100)}请回复验证码。${"另一句无关的话！".repeat(100)}`;
    expect(textToSearch(VERB_FIRST, long)).toBe("请回复验证码\n");
    expect(textToSearch(ENGLISH, `${LONG_PREFIX}Have a nice day. Send us the code now! Bye.`)).toBe(" Send us the code now\n");
    expect(textToSearch(VERB_FIRST, "今天天气很好。明天见！")).toBe("今天天气很好。明天见！");
  });

  it("a pattern of another shape, or one that could match or look past a sentence end, reads the whole text", () => {
    const text = `${"无关的一句话。".repeat(100)}转账到指定账户。请回复验证码`;
    const unsafe = [
      /(?:转账|汇款)[^。！!？?；;\n]{0,16}(?<![您你])(?:指定|提供)的?(?:账户|卡)/g,
      /(?<verb>回复|提供).{0,12}?(?:验证码)/dg,
      /(?<verb>回复|提供)[^。！!？?；;\n]{0,12}?(?:验证码[。，]?)/dg,
      /(?<verb>回复|提供)[^。！!？?；;\n]{0,12}?(?:验\s证码)/dg,
      // biome-ignore lint/complexity/noUselessEscapeInRegex: the finder must read an escaped item character as the character itself.
      /(?<verb>回复|提供)[^。！!？?；;\n]{0,12}?(?:验证码\!)/dg,
      /(?<verb>回复|提供)[^。！!？?；;\n]{0,12}?(?:验证码！)/dg,
      // A gap that does not exclude newlines: "\n" would not end a sentence.
      /(?<verb>回复|提供)[^。！!？?；;]{0,12}?(?:验证码)/dg,
      // A sentence end that does not end a clause: the negation check would read past it.
      /(?<verb>回复|提供)[^。！!？?；;\n、]{0,12}?(?:验证码)/dg,
    ];
    planSearches(unsafe, CLAUSE_END, compile);
    // And one of the safe shape that was never planned.
    for (const pattern of [...unsafe, /(?<verb>回复|提供)[^。！!？?；;\n]{0,12}?(?:验证码)/dg]) {
      expect(textToSearch(pattern, text), pattern.source).toBe(text);
    }
  });
});

describe("widenedAlternatives: a pattern matching inside every match, cheaper to look for", () => {
  it.each([
    ["(?:账户|支付)?(?<!动态|短信)密码", "密码"],
    ["CVV2?|CVN2?", "CVV|CVN"],
    ["身份证(?:号码|号)?|卡号", "身份证|卡号"],
    ["\\b(?:otp|code)\\b|pin", "(?:otp|code)|pin"],
    ["卡背(?:面)?(?:后)?三位", "卡背(?:面)?(?:后)?三位"],
    ["姓名(?:和|及)?(?:电话|住址)", "姓名(?:和|及)?(?:电话|住址)"],
    ["a\\??|b(?=c)", "a\\??|b"],
    // An alternative left empty: nothing to widen to, the source itself.
    ["(?:账户)?|密码", "(?:账户)?|密码"],
  ])("%s → %s", (source, widened) => {
    expect(widenedAlternatives(source)).toBe(widened);
    // Whatever matches the source contains a match of the widened pattern.
    for (const sample of ["账户密码", "CVV2", "身份证号码", "otp", "卡背面后三位", "姓名和电话", "a?", "bc"]) {
      if (new RegExp(source).test(sample)) expect(new RegExp(widened).test(sample), sample).toBe(true);
    }
  });
});
