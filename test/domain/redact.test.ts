import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIdCardNumber, passesLuhn, redactText } from "../../src/domain/redact";

const ID = "11010519491231002X";
const CARD = "6222021234567890128";

describe("redactText", () => {
  it.each([
    [`身份证${ID}名下借款`, ID, "[身份证]"],
    [`身份证号 110105 19491231 002X 已上报`, "19491231", "[身份证]"],
    [`身份证号：110105194912310021`, "110105194912310021", "[身份证]"],
    [`还款至银行卡${CARD}`, CARD, "[银行卡]"],
    [`卡号 6222 0212 3456 7890 128`, "7890", "[银行卡]"],
    [`您的手机号13912345678已被列入`, "13912345678", "[电话]"],
    [`联系 +86 139-1234-5678`, "1234-5678", "[电话]"],
    [`座机 010-12345678`, "12345678", "[电话]"],
    [`尊敬的欧阳娜娜女士，您好`, "欧阳娜娜", "[姓名]"],
    [`尊敬的张伟先生`, "张伟", "[姓名]"],
    [`尊敬的張偉先生`, "張偉", "[姓名]"],
    [`张伟您好，您的借款已逾期`, "张伟", "[姓名]"],
    [`【众安】客户欧阳娜娜，您好`, "欧阳娜娜", "[姓名]"],
    [`借款人李娜，逾期`, "李娜", "[姓名]"],
    [`尊敬的张*三先生`, "张*三", "[姓名]"],
    [`我是王芳，这是我的号码`, "王芳", "[姓名]"],
    [`您的欠款￥3,500.00元已逾期`, "3,500.00", "[金额]"],
    [`逾期金额：12800元`, "12800", "[金额]"],
    [`应还金额1,280.00元`, "1,280.00", "[金额]"],
    [`邮箱 zhang.wei@example.com`, "zhang.wei@example.com", "[邮箱]"],
    [`您尾号1234的信用卡`, "1234", "****"],
  ])("%s hides %s", (text, secret, token) => {
    const { text: redacted } = redactText(text);
    expect(redacted).not.toContain(secret);
    expect(redacted).toContain(token);
  });

  it("keeps the sender and numbers listed in keep", () => {
    const { text } = redactText("本行客服 13812345678，专员 13698765432，您的号码 13912345678", { sender: "+8613812345678", keep: ["+8613698765432"] });
    expect(text).toContain("13812345678");
    expect(text).toContain("13698765432");
    expect(text).not.toContain("13912345678");
  });

  it("leaves marketing figures and ordinary numbers", () => {
    expect(redactText("最高可借20万，年化利率7.2%").text).toContain("20万");
    expect(redactText("取件码 3-2-1102").text).toContain("3-2-1102");
  });

  it("counts what it removed", () => {
    expect(redactText(`尊敬的张伟先生，身份证${ID}，卡号${CARD}`).counts).toMatchObject({ name: 1, id_card: 1, bank_card: 1 });
  });

  it("is idempotent", () => {
    const pieces = fc.constantFrom(`身份证${ID}`, `卡号${CARD}`, "尊敬的张伟先生，", "李娜您好，", "欠款12800元", "电话13912345678", "逾期", "请还款", " ", "，", "abc", "123");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.string({ maxLength: 20 }), (parts, noise) => {
        const once = redactText(parts.join("") + noise).text;
        return redactText(once).text === once;
      }),
    );
  });
});

describe("checksums", () => {
  it.each([
    [ID, true],
    ["440301199001011234", true],
    ["310105198512124565", true],
    ["440301199001011235", false],
    ["11010519491231002", false],
  ])("isIdCardNumber(%s) = %s", (value, valid) => expect(isIdCardNumber(value)).toBe(valid));

  it.each([
    [CARD, true],
    ["4111111111111111", true],
    ["4111111111111112", false],
  ])("passesLuhn(%s) = %s", (value, valid) => expect(passesLuhn(value)).toBe(valid));
});
