import { describe, expect, it } from "vitest";
import { canonicalInstitutionName, findInstitution, findInstitutions } from "../../src/domain/institutions";
import { toSimplifiedChars } from "../../src/domain/hanzi";

describe("findInstitution", () => {
  it.each([
    ["【中信金融】您的借款已逾期", "中信金融", "中信银行"],
    ["【中信银行】您的信用卡账单已出", "中信银行", "中信银行"],
    ["【中信銀行】您的信用卡賬單已出", "中信银行", "中信银行"],
    ["众安金融通知：您的贷款已逾期", "众安", null],
    ["【眾安】您的貸款已逾期", "众安", null],
    ["【东銮金融】分期逾期", "东銮金融", null],
    ["【東鑾金融】分期逾期", "东銮金融", null],
    ["【民豐銀行】您的貸款已逾期", "民丰银行", null],
    ["民丰银行提醒您", "民丰银行", null],
    ["【招商银行】账单提醒", "招商银行", "招商银行"],
    ["招行信用卡中心", "招商银行", "招商银行"],
    ["【建设银行】您的账户", "中国建设银行", "中国建设银行"],
    ["建行提醒", "中国建设银行", "中国建设银行"],
    ["【工商銀行】", "中国工商银行", "中国工商银行"],
    ["平安普惠通知您", "中国平安", "中国平安"],
    ["微粒贷额度", "微众银行", "微众银行"],
    ["蚂蚁借呗逾期", "支付宝", null],
    ["招联金融好期贷", "招联金融", null],
    ["度小满有钱花", "度小满", null],
    ["京东白条逾期", "京东金融", "京东支付"],
  ])("%s → %s (%s)", (text, name, organization) => {
    expect(findInstitution(text)).toMatchObject({ name, organization });
  });

  it.each(["今晚一起吃饭吗", "祝您出入平安", "您的快递已到驿站"])("finds none in %s", (text) => {
    expect(findInstitution(text)).toBeNull();
  });

  it("prefers the 【】 signature and lists the rest", () => {
    expect(findInstitution("【东銮金融】您在招联金融的借款已转交我司")?.name).toBe("东銮金融");
    expect(findInstitutions("【东銮金融】您在招联金融的借款已转交我司").map((i) => i.name)).toEqual(["东銮金融", "招联金融"]);
  });

  it("canonicalises user-supplied names", () => {
    expect(canonicalInstitutionName("民豐銀行")).toBe("民丰银行");
    expect(canonicalInstitutionName(" 某某小贷 ")).toBe("某某小贷");
  });
});

describe("toSimplifiedChars", () => {
  it.each([
    ["民豐銀行", "民丰银行"],
    ["將於今日起訴並上報徵信", "将于今日起诉并上报征信"],
    ["請回覆驗證碼", "请回复验证码"],
    ["已经是简体", "已经是简体"],
    ["ABC 123", "ABC 123"],
  ])("%s → %s", (traditional, simplified) => {
    expect(toSimplifiedChars(traditional)).toBe(simplified);
  });
});
