import { describe, expect, it } from "vitest";
import {
  dropLatinNoise,
  foldVariants,
  foldWidth,
  maskLinks,
  maskNames,
  maskNumbers,
  normaliseForFingerprint,
  stripInvisibles,
  stripPunctuation,
} from "../../src/domain/textnorm";

describe("normalisation steps", () => {
  it.each([
    [foldWidth, "ＡＢＣ１２３，", "ABC123,"],
    [stripInvisibles, "逾\u200b期\u200d请\ufeff还\u2060款", "逾期请还款"],
    [maskLinks, "登录 http://zx-jr.top/a?b=1 处理", "登录  U  处理"],
    [maskLinks, "登录 hxxp://zx-jr[.]top/a 处理", "登录  U  处理"],
    [maskLinks, "登录 zx-jr.top/a 处理", "登录  U  处理"],
    [maskNames, "尊敬的张伟先生，您好", "尊敬的N先生，您好"],
    [maskNames, "李娜您好，您已逾期", "N您好，您已逾期"],
    [maskNames, "客户欧阳娜娜，请还款", "客户N，请还款"],
    [maskNumbers, "欠款12,800.00元，逾期35天", "欠款0，逾期0"],
    [maskNumbers, "将于11月25日前", "将于0前"],
    [maskNumbers, "案号(2025)京0105民初12345号", "案号(0)京0民初0"],
    [foldVariants, "你的借款超期，马上处理", "您的借款逾期，立即处理"],
    [stripPunctuation, "【中信金融】★逾期~请还款！！ 😊", "中信金融逾期请还款"],
    [dropLatinNoise, "中信金融逾期请登录httpservice13net还款", "中信金融逾期请登录还款"],
    [dropLatinNoise, "yourparcelisheld", "yourparcelisheld"],
  ] as const)("%o: %s → %s", (step, input, output) => {
    expect(step(input)).toBe(output);
  });
});

describe("normaliseForFingerprint", () => {
  const base = "【中信金融】尊敬的张伟先生，您的借款已逾期35天，欠款12800元，请立即登录 http://zx-jr.top/8812 处理。";
  it.each([
    ["traditional characters", "【中信金融】尊敬的張偉先生，您的借款已逾期35天，欠款12800元，請立即登錄 http://zx-jr.top/8812 處理。"],
    ["full-width digits and letters", "【中信金融】尊敬的张伟先生，您的借款已逾期３５天，欠款１２８００元，请立即登录 ｈｔｔｐ://ｚｘ-ｊｒ.ｔｏｐ/８８１２ 处理。"],
    ["inserted spaces and zero-width characters", "【中信 金融】尊敬的 张伟先生，您的\u200b借款已逾期 35 天，欠款12800元，请立 即登录 http://zx-jr.top/8812 处理。"],
    ["decoration and emoji", "★【中信金融】~尊敬的张伟先生，您的借款已逾期35天！欠款12800元，请立即登录 http://zx-jr.top/8812 处理😊"],
    ["another name, amount and deadline", "【中信金融】尊敬的李娜先生，您的借款已逾期7天，欠款3,500.00元，请立即登录 http://zx-jr.top/8812 处理。"],
    ["another link, obfuscated", "【中信金融】尊敬的张伟先生，您的借款已逾期35天，欠款12800元，请立即登录 hxxp://citic-hk[.]vip/x 处理。"],
  ])("is unchanged by %s", (_name, variant) => {
    expect(normaliseForFingerprint(variant)).toBe(normaliseForFingerprint(base));
  });
});
