import { describe, expect, it } from "vitest";
import { analyseContent, findCallbackNumbers } from "../../src/domain/signals";
import { SIGNALS, type Signal } from "../../src/domain/types";

const L: Signal = "link";
const CODE: Signal = "asks_verification_code";
const ID: Signal = "asks_id_or_card";
const LEGAL: Signal = "legal_threat";
const URGENT: Signal = "urgency";
const PRIVATE: Signal = "repayment_channel_private";
const CLAIMS: Signal = "claims_institution";
const SCREEN: Signal = "screen_share_or_app";

describe("analyseContent: signals", () => {
  it.each<[string, string, Signal[]]>([
    // Fake debt collection, simplified.
    ["scam: link, code, threats", "【中信金融】您的借款已逾期35天，48小时内起诉并上门催收，请立即登录 http://zx-jr.top/1 回复验证码确认身份。", [L, CODE, LEGAL, URGENT, CLAIMS]],
    ["scam: ID and card numbers", "【东銮金融】您的分期已逾期，请提供身份证号和银行卡号处理", [ID, URGENT, CLAIMS]],
    ["scam: private account and QR code", "众安金融通知：您的贷款严重逾期，今日内不处理将立案。还款请扫码或转账至专员个人账户", [LEGAL, URGENT, PRIVATE, CLAIMS]],
    ["scam: credit record and WeChat", "您的征信已受影响，请添加客服微信 zx8888 办理注销", [LEGAL, PRIVATE]],
    ["scam: download app, screen sharing", "请下载安全APP并开启屏幕共享，配合专员操作", [SCREEN]],
    ["scam: code to an agent", "请将您收到的短信验证码发给专员核实", [CODE]],
    ["scam: code, casual", "验证码发我一下，谢谢", [CODE]],
    ["scam: gives a code, then asks for it", "您的验证码是482913，请回复给客服完成核验", [CODE]],
    ["scam: card expiry and CVV", "请告知卡号及有效期、CVV", [ID]],
    ["scam: password", "请回复您的银行卡密码以便解冻", [ID]],
    ["scam: photo of the ID card", "请拍摄身份证正反面发至专员", [ID]],
    ["scam: face check", "请配合进行人脸识别，否则账户将被冻结", [ID, LEGAL, URGENT]],
    ["scam: code typed into a link", "点击 zx-kf.top/a 输入验证码完成注销", [L, CODE]],
    ["scam: court summons", "法院传票：您涉嫌恶意透支，限期处理", [LEGAL, URGENT]],
    ["scam: safe account", "您的资金存在风险，请将余额转入安全账户", [PRIVATE]],
    ["scam: contacts notified", "再不还款将通知您的家人及单位，后果自负", [LEGAL]],
    ["scam: callback to a mobile", "【民丰银行】您有一笔欠款未结清，请速回电13612345678，过时不候", [URGENT, CLAIMS]],
    ["scam: Alipay transfer (a channel, not a claim)", "请通过支付宝转账还款，逾期后果自负", [URGENT, PRIVATE]],
    ["scam: WeChat Pay transfer", "请用微信支付转账到经理个人微信", [PRIVATE]],
    ["scam: QQ", "加QQ 12345678 办理延期", [PRIVATE]],
    ["scam: meeting app", "请下载腾讯会议，会议号 123456789，配合核查", [SCREEN]],
    ["scam: English OTP request", "Please send us the OTP you just received to unlock your account", [CODE]],
    ["scam: spaced keywords", "请回复验 证 码，否则起 诉", [CODE, LEGAL, URGENT]],
    ["scam: full-width", "【中信金融】请回复ＯＴＰ", [CODE, CLAIMS]],
    // Traditional.
    ["traditional: code and lawsuit", "【民豐銀行】您的貸款已逾期，將於今日起訴，請回覆驗證碼處理", [CODE, LEGAL, URGENT, CLAIMS]],
    ["traditional: ID and card", "【東鑾金融】請提供身份證號碼及銀行卡號核實", [ID, CLAIMS]],
    ["traditional: private account", "【眾安】請立即轉賬至專員個人帳戶，否則上門催收", [LEGAL, URGENT, PRIVATE, CLAIMS]],
    ["traditional: WeChat and credit record", "您的徵信將受影響，請加微信處理", [LEGAL, PRIVATE]],
    ["traditional: QR code", "請掃碼還款，逾期將凍結", [LEGAL, URGENT, PRIVATE]],
    // Genuine notices: no asks, no private channels.
    ["OTP with a warning", "【中信银行】您的验证码为483920，5分钟内有效，请勿泄露给他人。", [CLAIMS]],
    ["OTP, 切勿告知", "【招商银行】验证码：883921，您正在登录手机银行，切勿告知他人。", [CLAIMS]],
    ["OTP, 不要告诉任何人", "您的验证码是556677，请在页面输入，不要告诉任何人", []],
    ["OTP, staff never ask", "【工商银行】验证码123456。银行工作人员不会向您索要验证码，请勿提供给任何人。", [CLAIMS]],
    ["OTP, dynamic password", "【建设银行】动态密码：902113，请确认是本人操作，有效期5分钟。", [CLAIMS]],
    ["OTP in English", "Your OTP is 123456. Do not share it with anyone.", []],
    ["bill notice", "【中信银行】您尾号1234的信用卡本期账单已出，应还金额1,280.00元，到期还款日11月25日。", [CLAIMS]],
    ["bill notice from 95558, traditional", "【中信銀行】您尾號1234的信用卡本期賬單已出，請按時還款。", [CLAIMS]],
    ["spending notice", "【工商银行】您的账户于11月20日支出人民币200.00元。", [CLAIMS]],
    ["security advice", "【招商银行】为保障资金安全，请勿向他人提供卡号、密码、验证码等信息。", [CLAIMS]],
    ["branch visit", "【建设银行】您的身份证件已过期，请携带本人身份证到网点更新。", [CLAIMS]],
    ["auto-debit from the reader's own account", "【农业银行】本期还款将从您的个人账户自动扣除。", [CLAIMS]],
    ["official app repayment", "【招商银行】您可通过招商银行APP还款。", [CLAIMS]],
    ["overdue reminder (urgent, not a threat)", "【招商银行】您的信用卡已逾期，请尽快还款。", [URGENT, CLAIMS]],
    // Personal and marketing texts.
    ["personal", "今晚一起吃饭吗？", []],
    ["personal", "妈，我到家了", []],
    ["personal, 平安", "平安到家了，放心", []],
    ["marketing", "【某电商】双11大促，全场5折，回T退订", []],
    ["marketing with a link", "【某电商】年货节满300减50 m.shop.cn/a 回T退订", [L]],
    ["parcel", "您的快递已放至驿站，取件码 3-2-1102", []],
    ["loan marketing", "【马上消费金融】安逸花最高可借20万，回T退订", [CLAIMS]],
  ])("%s: %s", (_name, text, expected) => {
    // The rules' signals; the learned scam_language signal has its own tests (scam-language.test.ts).
    const signals = analyseContent(text).signals.filter((signal) => signal !== "scam_language");
    expect(signals).toEqual(SIGNALS.filter((signal) => expected.includes(signal)));
  });

  it.each<[string, string | null]>([
    ["【民豐銀行】您的貸款已逾期", "民丰银行"],
    ["众安贷提醒您", "众安"],
    ["今晚吃饭", null],
  ])("names the claimed institution of %s", (text, name) => {
    expect(analyseContent(text).institution?.name ?? null).toBe(name);
  });
});

describe("callbackNumbers", () => {
  it.each<[string, string | undefined, string[]]>([
    ["请立即致电专员 13612345678 协商", undefined, ["+8613612345678"]],
    ["请立即致电专员 136-1234-5678 协商", undefined, ["+8613612345678"]],
    ["请拨打 +86 136 1234 5678", undefined, ["+8613612345678"]],
    ["客服电话：400-888-1234", undefined, ["4008881234"]],
    ["如有疑问请致电95558", undefined, ["95558"]],
    ["联系座机 021-12345678 处理", undefined, ["+862112345678"]],
    ["加微信 13612345678 办理", undefined, ["+8613612345678"]],
    ["专员13612345678（微信同号）", undefined, ["+8613612345678"]],
    ["請致電專員13612345678", undefined, ["+8613612345678"]],
    ["联系13612345678或13798765432", undefined, ["+8613612345678"]],
    ["联系13612345678，拨打13612345678", undefined, ["+8613612345678"]],
    ["请拨打 13612345678", "+8613612345678", []],
    ["请回电95558", "95558", []],
    ["您的手机号13912345678已被列入名单", undefined, []],
    ["已通知您的紧急联系人13698765432", undefined, []],
    // Third parties' numbers are personal data even next to a word like 电话 (issue 19).
    ["你老婆刘美玲的电话13698765432我们已经打过了", undefined, []],
    ["您的同事王强电话 13698765432", undefined, []],
    ["担保人13698765432已收到通知", undefined, []],
    ["请联系人工客服13612345678", undefined, ["+8613612345678"]],
    ["订单号 13612345678 已发货", undefined, []],
    ["请联系专员还款95000.00元", undefined, []],
    ["您尾号1234的卡", undefined, []],
  ])("%s (sender %s) → %j", (text, sender, expected) => {
    expect(findCallbackNumbers(text, sender)).toEqual(expected);
    expect(analyseContent(text, sender).callbackNumbers).toEqual(expected);
  });
});
