import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BANDS,
  chooseCampaign,
  decodeSignature,
  encodeSignature,
  fingerprintText,
  MATCH_THRESHOLD,
  SIGNATURE_BINS,
  similarity,
} from "../../src/domain/fingerprint";

const TEMPLATE =
  "【中信金融】尊敬的张伟先生，您的借款已逾期35天，欠款12800元，我司将于48小时内起诉并上门催收，影响征信。请立即登录 http://zx-jr.top/8812 处理，回复验证码确认身份。";

/** Mutations that must not change the fingerprint at all. */
const invariances: ((text: string, seed: number) => string)[] = [
  (t, seed) => [...t].map((c, i) => ((i + seed) % 5 === 0 ? `${c}\u200b` : c)).join(""),
  (t, seed) => [...t].map((c, i) => ((i * 7 + seed) % 9 === 0 ? `${c} ` : c)).join(""),
  (t) => t.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  (t) => t.replace(/[银还贷将于请诉时门认证账处]/g, (c) => ({ 银: "銀", 还: "還", 贷: "貸", 将: "將", 于: "於", 请: "請", 诉: "訴", 时: "時", 门: "門", 认: "認", 证: "證", 账: "賬", 处: "處" })[c] ?? c),
  (t, seed) => `${["★", "❗", "⚠️", "~~"][seed % 4]}${t}${["！！", "😊", "★★", ""][seed % 4]}`,
  (t, seed) => t.replace("35", String(seed % 200)).replace("12800", String(1000 + seed)),
  (t, seed) => t.replace("http://zx-jr.top/8812", `hxxp://pay${seed % 97}[.]vip/${seed}`),
  (t) => t.replace("张伟", "欧阳娜娜"),
];

describe("fingerprintText", () => {
  it("is identical after every invariance step, alone or combined", () => {
    const base = fingerprintText(TEMPLATE);
    fc.assert(
      fc.property(fc.array(fc.nat(invariances.length - 1), { minLength: 1, maxLength: 4 }), fc.nat(10_000), (steps, seed) => {
        const variant = steps.reduce((text, step) => invariances[step]!(text, seed), TEMPLATE);
        const fp = fingerprintText(variant);
        return fp.exact === base.exact && similarity(fp.signature, base.signature) === 1;
      }),
    );
  });

  it("gives less similarity with more edits", () => {
    const chars = [...TEMPLATE.replace(/http\S+/, "")];
    const edit = (count: number, seed: number) => {
      const out = [...chars];
      for (let i = 0; i < count; i++) out[(seed * 31 + i * 17) % out.length] = "乙丙丁戊己庚辛壬"[(seed + i) % 8]!;
      return out.join("");
    };
    fc.assert(
      fc.property(fc.nat(10_000), (seed) => {
        const base = fingerprintText(chars.join("")).signature;
        const one = similarity(base, fingerprintText(edit(1, seed)).signature);
        const ten = similarity(base, fingerprintText(edit(10, seed)).signature);
        const thirty = similarity(base, fingerprintText(edit(30, seed)).signature);
        return one >= ten - 0.05 && ten >= thirty - 0.05 && one > thirty;
      }),
    );
  });

  it("keeps a template with a sentence added, removed or clauses re-ordered above the match threshold", () => {
    const base = fingerprintText(TEMPLATE).signature;
    for (const variant of [
      `${TEMPLATE}如已还款请忽略。`,
      TEMPLATE.replace("回复验证码确认身份。", ""),
      TEMPLATE.replace("我司将于48小时内起诉并上门催收，影响征信。", "影响征信，我司将于48小时内起诉并上门催收。"),
    ]) {
      expect(similarity(base, fingerprintText(variant).signature)).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    }
  });

  it("keeps different templates that share boilerplate apart", () => {
    const pairs = [
      ["【招商银行】您尾号1234的信用卡本期账单已出，应还金额1,280.00元，到期还款日11月25日。回T退订", "【工商银行】您的账户于11月20日支出人民币200.00元，余额5,300.00元。回T退订"],
      ["【中信银行】您的验证码为483920，5分钟内有效，请勿泄露给他人。", "【招商银行】验证码：883921，您正在登录手机银行，切勿告知他人。"],
      [TEMPLATE, "【中信银行】您尾号1234的信用卡本期账单已出，应还金额1,280.00元，请按时还款。"],
    ];
    for (const [a, b] of pairs) expect(similarity(fingerprintText(a!).signature, fingerprintText(b!).signature)).toBeLessThan(MATCH_THRESHOLD);
  });

  it("has 32 band keys below 2^53 for D1, and none for very short texts", () => {
    const fp = fingerprintText(TEMPLATE);
    expect(fp.signature).toHaveLength(SIGNATURE_BINS);
    expect(fp.bands).toHaveLength(BANDS);
    expect(BANDS).toBeLessThanOrEqual(32);
    for (const key of fp.bands) expect(Number.isSafeInteger(key) && key >= 0).toBe(true);
    expect(fingerprintText("好的").bands).toEqual([]);
  });

  it("round-trips signatures through their storage form", () => {
    const fp = fingerprintText(TEMPLATE);
    expect(decodeSignature(encodeSignature(fp.signature))).toEqual(fp.signature);
  });
});

describe("chooseCampaign", () => {
  it("picks the nearest candidate above the threshold, or none", () => {
    const fp = fingerprintText(TEMPLATE);
    const near = { id: "near", signature: fingerprintText(TEMPLATE.replace("回复验证码确认身份。", "")).signature };
    const exact = { id: "exact", signature: fingerprintText(TEMPLATE).signature };
    const far = { id: "far", signature: fingerprintText("【京东】双11大促，全场5折，回T退订").signature };
    expect(chooseCampaign(fp, [far, near, exact])?.id).toBe("exact");
    expect(chooseCampaign(fp, [far, near])?.id).toBe("near");
    expect(chooseCampaign(fp, [far])).toBeNull();
    expect(chooseCampaign(fp, [])).toBeNull();
  });
});
