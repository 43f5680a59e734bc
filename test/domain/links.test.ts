import { describe, expect, it } from "vitest";
import { extractLinks, isShortener, normaliseDomainInput } from "../../src/domain/links";

const domainsOf = (text: string) => extractLinks(text).map((link) => link.domain);

describe("extractLinks", () => {
  it.each([
    ["【中信金融】请登录 http://zx-jr.top/8812 处理", ["zx-jr.top"]],
    ["https://pay.za-kf.top/x?id=1&t=2 立即处理", ["za-kf.top"]],
    ["详询 za-hk.xyz/pay", ["za-hk.xyz"]],
    ["登录www.abc.com.cn。", ["abc.com.cn"]],
    ["hxxp://citic-hk[.]vip/a1", ["citic-hk.vip"]],
    ["hxxps://secure(.)zxjr(.)cc/login", ["zxjr.cc"]],
    ["访问 zx-jr{.}top 处理", ["zx-jr.top"]],
    ["ｈｔｔｐ：／／ｚｘ．ｔｏｐ／ａ", ["zx.top"]],
    ["http：//zx．top/a", ["zx.top"]],
    ["http://zx -jr. top/a 您好", ["zx-jr.top"]],
    ["http://zx-jr .top/a", ["zx-jr.top"]],
    ["网址 zx-jr。top/a", ["zx-jr.top"]],
    ["https://中信金融.中国/x", ["xn--fiq64bv72ilui.xn--fiqs8s"]],
    ["https://citic-help.vercel.app/login", ["citic-help.vercel.app"]],
    ["https://a.example.co.uk/x", ["example.co.uk"]],
    ["http://1.2.3.4:8080/x", ["1.2.3.4"]],
    ["HTTP://ZX-JR.TOP/A", ["zx-jr.top"]],
    ["两个链接 a1.top/x 和 b2.top/y", ["a1.top", "b2.top"]],
    ["短链 t.cn/A6xyz 查看", ["t.cn"]],
    ["http://xx.example/abc", ["xx.example"]],
    ["链接(http://zx-jr.top/a)。", ["zx-jr.top"]],
  ])("%s → %j", (text, domains) => {
    expect(domainsOf(text)).toEqual(domains);
  });

  it.each([
    ["plain Chinese", "您的借款已逾期，请尽快处理"],
    ["an amount", "欠款3,000.00元"],
    ["a version number", "版本v1.2.3"],
    ["a time", "时间12:30前"],
    ["an e-mail address", "邮箱 a@b.com"],
    ["a file name", "附件file.txt"],
    ["an unknown suffix without scheme", "见 zx-jr.notatld 处理"],
  ])("finds no link in %s", (_name, text) => {
    expect(extractLinks(text)).toEqual([]);
  });

  it("keeps query strings and marks shorteners", () => {
    const [link] = extractLinks("点击 https://bit.ly/3abc?x=1");
    expect(link).toMatchObject({ url: "https://bit.ly/3abc?x=1", host: "bit.ly", domain: "bit.ly", shortener: true });
    expect(isShortener("t.cn")).toBe(true);
    expect(isShortener("zx-jr.top")).toBe(false);
  });

  it("deduplicates the same link", () => {
    expect(extractLinks("http://a.top/x http://a.top/x")).toHaveLength(1);
  });
});

describe("normaliseDomainInput", () => {
  it.each([
    ["za-kf.top", "za-kf.top", "za-kf.top"],
    ["pay.za-kf.top", "pay.za-kf.top", "za-kf.top"],
    ["https://pay.za-kf.top/x?id=1", "pay.za-kf.top", "za-kf.top"],
    ["PAY.ZA-KF.TOP", "pay.za-kf.top", "za-kf.top"],
    ["hxxp://zx-jr1[.]top/p", "zx-jr1.top", "zx-jr1.top"],
  ])("%s → host %s, domain %s", (input, host, domain) => {
    expect(normaliseDomainInput(input)).toEqual({ host, domain });
  });

  it.each(["not_a_domain", "::::", "a b.com", "", "localhost"])("%j is not a domain", (input) => {
    expect(normaliseDomainInput(input)).toBeNull();
  });
});
