import { describe, expect, it } from "vitest";
import { analyseContent, findCallbackNumbers } from "../../src/domain/signals";
import type { Signal } from "../../src/domain/types";

const SIGNALS: Signal[] = ["link", "asks_verification_code", "asks_id_or_card", "legal_threat", "urgency", "repayment_channel_private", "claims_institution"];

describe("analyseContent", () => {
  it.each<[string, Signal[]]>([
    ["【中信金融】您的借款已逾期35天，48小时内起诉并上门催收，请立即登录 http://zx-jr.top/1 回复验证码确认身份。", ["link", "asks_verification_code", "legal_threat", "urgency", "claims_institution"]],
    ["【民豐銀行】您的貸款已逾期，將於今日起訴，請回覆驗證碼處理", ["asks_verification_code", "legal_threat", "urgency", "claims_institution"]],
    ["【东銮金融】您的分期已逾期，请提供身份证号和银行卡号处理", ["asks_id_or_card", "urgency", "claims_institution"]],
    ["【東鑾金融】請提供身份證號碼及銀行卡號核實", ["asks_id_or_card", "claims_institution"]],
    ["众安金融通知：您的贷款严重逾期，今日内不处理将立案。还款请扫码或转账至专员个人账户", ["legal_threat", "urgency", "repayment_channel_private", "claims_institution"]],
    ["您的征信已受影响，请添加客服微信 zx8888 办理注销", ["legal_threat", "repayment_channel_private"]],
    ["请下载安全APP并开启屏幕共享，配合专员操作", ["repayment_channel_private"]],
    ["请将您收到的短信验证码发给专员核实", ["asks_verification_code"]],
    ["验证码发我一下，谢谢", ["asks_verification_code"]],
    ["请告知卡号及有效期、CVV", ["asks_id_or_card"]],
    ["法院传票：您涉嫌恶意透支，限期处理", ["legal_threat", "urgency"]],
    // Genuine notices: no asks.
    ["【中信银行】您的验证码为483920，5分钟内有效，请勿泄露给他人。", ["claims_institution"]],
    ["【招商银行】验证码：883921，您正在登录手机银行，切勿告知他人。", ["claims_institution"]],
    ["【中信银行】您尾号1234的信用卡本期账单已出，应还金额1,280.00元，到期还款日11月25日。", ["claims_institution"]],
    ["【工商银行】您的账户于11月20日支出人民币200.00元。", ["claims_institution"]],
    ["今晚一起吃饭吗？", []],
    ["妈，我到家了", []],
    ["【某电商】双11大促，全场5折，回T退订", []],
    ["您的快递已放至驿站，取件码 3-2-1102", []],
  ])("%s", (text, expected) => {
    const { signals } = analyseContent(text);
    for (const signal of SIGNALS) expect(signals.includes(signal), signal).toBe(expected.includes(signal));
  });

  it("names the claimed institution", () => {
    expect(analyseContent("【民豐銀行】您的貸款已逾期").institution?.name).toBe("民丰银行");
    expect(analyseContent("今晚吃饭").institution).toBeNull();
  });
});

describe("findCallbackNumbers", () => {
  it.each([
    ["请立即致电专员 13612345678 协商", undefined, ["+8613612345678"]],
    ["客服电话：400-888-1234", undefined, ["4008881234"]],
    ["联系座机 021-12345678 处理", undefined, ["+862112345678"]],
    ["加微信 13612345678 办理", undefined, ["+8613612345678"]],
    ["请拨打 13612345678", "+8613612345678", []],
    ["您的手机号13912345678已被列入名单", undefined, []],
    ["已通知您的紧急联系人13698765432", undefined, []],
    ["订单号 13612345678 已发货", undefined, []],
  ])("%s", (text, sender, expected) => {
    expect(findCallbackNumbers(text, sender)).toEqual(expected);
  });
});
