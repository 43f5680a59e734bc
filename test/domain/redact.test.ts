import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIdCardNumber, passesLuhn, redactText } from "../../src/domain/redact";

const ID = "11010519491231002X";
const ID_DIGITS = "440301199001011234";
const OLD_ID = "110105491231002";
const CARD = "6222021234567890128";
const VISA = "4111111111111111";

describe("redactText hides personal data", () => {
  it.each<[string, string, string, string]>([
    // ID cards.
    ["ID with X", `身份证${ID}名下借款`, ID, "[身份证]"],
    ["ID with lower-case x", `身份证号：${ID.toLowerCase()}`, ID.toLowerCase(), "[身份证]"],
    ["ID, digits only", `身份证号：${ID_DIGITS}`, ID_DIGITS, "[身份证]"],
    ["ID in groups", "身份证号 110105 19491231 002X 已上报", "19491231", "[身份证]"],
    ["ID with a bad checksum", "身份证110105194912310021", "110105194912310021", "[身份证]"],
    ["old 15-digit ID", `身份证${OLD_ID}`, OLD_ID, "[身份证]"],
    ["full-width ID", "身份证１１０１０５１９４９１２３１００２Ｘ", "１１０１０５１９４９１２３１００２Ｘ", "[身份证]"],
    ["traditional text", `身份證號碼：${ID}`, ID, "[身份证]"],
    // Bank cards.
    ["card", `还款至银行卡${CARD}`, CARD, "[银行卡]"],
    ["card in groups of 4", "卡号 6222 0212 3456 7890 128", "7890", "[银行卡]"],
    ["card with dashes", "卡号4111-1111-1111-1111", "1111", "[银行卡]"],
    ["card followed by another number", `卡号${CARD} 3天内处理`, CARD, "[银行卡]"],
    ["Visa without cue", `请核对${VISA}`, VISA, "[银行卡]"],
    ["mistyped card after a cue", "银行卡号6222021234567890123", "6222021234567890123", "[银行卡]"],
    // Phones.
    ["mobile", "您的手机号13912345678已被列入", "13912345678", "[电话]"],
    ["mobile with +86 and dashes", "联系 +86 139-1234-5678", "1234-5678", "[电话]"],
    ["mobile with 0086", "0086 13912345678", "13912345678", "[电话]"],
    ["mobile with 86, no separator", "8613912345678", "13912345678", "[电话]"],
    ["mobile in groups", "电话 139 1234 5678", "1234 5678", "[电话]"],
    ["full-width mobile", "电话１３９１２３４５６７８", "１３９１２３４５６７８", "[电话]"],
    ["landline", "座机 010-12345678", "12345678", "[电话]"],
    ["landline with parentheses", "座机(021)12345678", "12345678", "[电话]"],
    ["landline in groups", "电话 0755 8888 6666", "8888 6666", "[电话]"],
    // Names.
    ["尊敬的…女士", "尊敬的欧阳娜娜女士，您好", "欧阳娜娜", "[姓名]"],
    ["尊敬的…先生", "尊敬的张伟先生", "张伟", "[姓名]"],
    ["traditional name", "尊敬的張偉先生", "張偉", "[姓名]"],
    ["…您好", "张伟您好，您的借款已逾期", "张伟", "[姓名]"],
    ["客户…", "【众安】客户欧阳娜娜，您好", "欧阳娜娜", "[姓名]"],
    ["借款人…", "借款人李娜，逾期", "李娜", "[姓名]"],
    ["持卡人：…", "持卡人：王芳", "王芳", "[姓名]"],
    ["half-masked name", "尊敬的张*三先生", "张*三", "[姓名]"],
    ["亲爱的…", "亲爱的李娜，", "李娜", "[姓名]"],
    ["surname and title", "李先生，您的借款已逾期", "李先生", "[姓名]先生"],
    ["traditional 客戶…先生您好", "客戶張三豐先生您好", "張三豐", "[姓名]"],
    ["self-introduction in an appeal", "我是欧阳娜娜，这个号码是我们公司的", "欧阳娜娜", "[姓名]"],
    ["本人…", "本人王芳，身份证已挂失", "王芳", "[姓名]"],
    // Amounts tied to the reader.
    ["debt", "您的欠款￥3,500.00元已逾期", "3,500.00", "[金额]"],
    ["overdue amount", "逾期金额：12800元", "12800", "[金额]"],
    ["bill", "应还金额1,280.00元", "1,280.00", "[金额]"],
    ["bill after 账单", "本期账单已出，应还金额1,280.00元", "1,280.00", "[金额]"],
    ["RMB", "共计RMB 5000", "5000", "[金额]"],
    ["spending", "您的账户支出人民币200.00元", "200.00", "[金额]"],
    ["traditional 欠款", "您的欠款3500元", "3500", "[金额]"],
    ["万", "您有一笔2.5万元的借款", "2.5万", "[金额]"],
    // E-mail and tail numbers.
    ["e-mail", "邮箱 zhang.wei@example.com", "zhang.wei@example.com", "[邮箱]"],
    ["tail number", "您尾号1234的信用卡", "1234", "尾号****"],
    ["traditional tail number", "您尾號為5678的卡", "5678", "****"],
    // Addresses, whole and partial (issue 19: a home address was stored verbatim).
    ["full address", "我们将上门到广东省深圳市南山区科技园路88号3栋1201室", "科技园路88号", "上门到[地址]"],
    ["address after a label", "地址：浙江省杭州市西湖区文三路100号", "文三路100号", "地址：[地址]"],
    ["district and road", "已派人到南山区科技园路88号", "南山区", "[地址]"],
    ["road without a number", "你住在北京市朝阳区建国路吧", "建国路", "[地址]"],
    ["estate, building, unit, room", "你家在幸福小区5号楼2单元301", "幸福小区", "[地址]"],
    ["building and room alone", "快递送到3栋1201室", "1201室", "[地址]"],
    ["traditional address", "上門到廣東省深圳市南山區科技園路88號", "科技園路88號", "[地址]"],
    // Third parties named after a relation word.
    ["emergency contact", "已通知您的紧急联系人张丽华", "张丽华", "[姓名]"],
    ["wife", "你老婆刘美玲已经知道了", "刘美玲", "[姓名]"],
    ["colleague before 的", "您的同事王强的电话我们有", "王强", "[姓名]"],
    ["contact with a colon", "联系人：欧阳娜娜，", "欧阳娜娜", "[姓名]"],
    // A given name without surname after a salutation.
    ["尊敬的 + given name", "尊敬的小明，您的借款已逾期", "小明", "尊敬的[姓名]"],
    ["亲爱的 + given name", "亲爱的阿强：请尽快还款", "阿强", "[姓名]"],
    // Latin-script names after a title.
    ["Mr. + name", "Mr. Zhang Wei, your loan is overdue", "Zhang Wei", "Mr. [姓名]"],
    ["Dear + name", "Dear Li Na, please repay today", "Li Na", "Dear [姓名]"],
    ["Ms without a dot", "Ms Wang, call us", "Wang", "Ms [姓名]"],
    ["MR in capitals", "MR.ZHANG WEI 逾期", "ZHANG WEI", "[姓名]"],
    // Every phone number, however written.
    ["mobile with dots", "他的号码138.0013.8000", "138.0013.8000", "[电话]"],
    ["mobile spaced digit by digit", "电话 1 3 8 0 0 1 3 8 0 0 0", "8 0 0 1 3", "[电话]"],
    ["Hong Kong number", "香港号码 +852 9123 4567", "9123 4567", "[电话]"],
    ["US number", "call +1 415 555 0100", "555 0100", "[电话]"],
  ])("%s: %s", (_name, text, secret, token) => {
    const { text: redacted } = redactText(text);
    expect(redacted).not.toContain(secret);
    expect(redacted).toContain(token);
  });
});

describe("redactText keeps what is not personal", () => {
  it.each<[string, string]>([
    ["marketing ceiling", "最高可借20万，年化利率7.2%"],
    ["marketing after a cue", "借款最高20万"],
    ["credit line", "额度1.5万"],
    ["days overdue", "逾期35天"],
    ["pickup code", "取件码 3-2-1102"],
    ["date and time", "2024-01-01 12:30"],
    ["service number", "请联系95558"],
    ["400 number", "客服400-888-1234"],
    ["institution in a salutation", "尊敬的招行客户"],
    ["institution in a longer salutation", "尊敬的中信银行信用卡客户"],
    ["generic salutation", "尊敬的客户，您好"],
    ["generic salutation without comma", "尊敬的用户您好"],
    ["客户您好", "客户您好"],
    ["用户名下", "用户名下的账户"],
    ["not a name before 女士", "各位女士"],
    ["short order number", "订单号 12345678"],
    ["a signature", "【中信金融】您的借款已逾期"],
    ["an institution after 我是", "我是中信银行的客服"],
    ["not a name after 我是", "我是你领导，明天来我办公室"],
    ["plain text", "今晚一起吃饭吗"],
    ["a date with 号", "请于12月5号前还款"],
    ["days and a date", "已逾期35天，3号前处理"],
    ["a road in a phrase", "一路顺风，走路回家"],
    ["a city and district alone", "杭州市西湖区的客户请注意"],
    ["generic salutation to friends", "亲爱的朋友，您好"],
    ["a carrier in a salutation", "尊敬的中国移动用户，您好"],
    ["Dear customer", "Dear customer, your bill is ready"],
    ["Dear Customer", "Dear Customer, your bill is ready"],
    ["a relation word without a name", "请通知您的家人，尽快处理"],
  ])("%s: %s", (_name, text) => {
    expect(redactText(text)).toEqual({ text, counts: {} });
  });

  it("keeps the sender and numbers listed in keep", () => {
    const { text, counts } = redactText("本行客服 13812345678，专员 136-9876-5432，您的号码 13912345678", {
      sender: "+8613812345678",
      keep: ["+8613698765432"],
    });
    expect(text).toBe("本行客服 13812345678，专员 136-9876-5432，您的号码 [电话]");
    expect(counts).toEqual({ phone: 1 });
  });

  it("keeps a landline sender", () => {
    expect(redactText("请回电 021-12345678", { sender: "+862112345678" }).text).toBe("请回电 021-12345678");
  });

  it("keeps punctuation and everything else as written", () => {
    expect(redactText("【中信金融】尊敬的张伟先生：您的欠款￥3,500.00元已逾期！").text).toBe("【中信金融】尊敬的[姓名]先生：您的欠款[金额]已逾期！");
  });
});

describe("redactText counts", () => {
  it.each<[string, Record<string, number>]>([
    [`尊敬的张伟先生，身份证${ID}，卡号${CARD}`, { name: 1, id_card: 1, bank_card: 1 }],
    ["电话13912345678，13798765432", { phone: 2 }],
    ["您尾号1234的卡欠款3500元", { tail_number: 1, amount: 1 }],
    ["a@b.com c@d.cn", { email: 2 }],
    ["今晚吃饭", {}],
  ])("%s → %j", (text, counts) => {
    expect(redactText(text).counts).toEqual(counts);
  });
});

describe("redactText is idempotent", () => {
  const pieces = fc.constantFrom(
    `身份证${ID}`,
    `卡号${CARD}`,
    "6222 0212 3456 7890 128",
    VISA,
    OLD_ID,
    "尊敬的张伟先生，",
    "尊敬的张*三女士",
    "李娜您好，",
    "客户欧阳娜娜，",
    "欠款12800元",
    "应还金额1,280.00元",
    "电话13912345678",
    "+86 139-1234-5678",
    "010-12345678",
    "尾号1234",
    "a@b.com",
    "上门到深圳市南山区科技园路88号3栋1201室",
    "幸福小区5号楼2单元301",
    "你老婆刘美玲",
    "尊敬的小明，",
    "Mr. Zhang Wei",
    "138.0013.8000",
    "逾期",
    "请还款",
    "【中信金融】",
    " ",
    "，",
    "-",
    "X",
    "abc",
    "123",
    "4",
  );

  it("on texts built from personal data and noise", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.string({ maxLength: 20 }), (parts, noise) => {
        const once = redactText(parts.join("") + noise).text;
        return redactText(once).text === once;
      }),
      { numRuns: 3000 },
    );
  });

  it("on digit soup", () => {
    const digitSoup = fc.array(fc.constantFrom(..."0123456789 -X"), { maxLength: 60 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(digitSoup, (text) => {
        const once = redactText(text).text;
        return redactText(once).text === once;
      }),
      { numRuns: 3000 },
    );
  });
});

describe("checksums", () => {
  it.each<[string, boolean]>([
    [ID, true],
    [ID_DIGITS, true],
    ["310105198512124565", true],
    ["440301199001011235", false],
    ["11010519491231002", false],
    ["1101051949123100XX", false],
  ])("isIdCardNumber(%s) = %s", (value, valid) => expect(isIdCardNumber(value)).toBe(valid));

  it.each<[string, boolean]>([
    [CARD, true],
    [VISA, true],
    ["4111111111111112", false],
    ["378282246310005", true],
  ])("passesLuhn(%s) = %s", (value, valid) => expect(passesLuhn(value)).toBe(valid));
});
