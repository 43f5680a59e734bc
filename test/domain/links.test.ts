import { describe, expect, it } from "vitest";
import { extractLinks, isShortener, normaliseDomainInput } from "../../src/domain/links";
import { isOfficialSite } from "../../src/domain/platforms";

const urlsOf = (text: string) => extractLinks(text).map((link) => link.url);

describe("extractLinks: urls", () => {
  it.each<[string, string, string[]]>([
    // With and without a scheme.
    ["scheme link in a scam text", "【中信金融】请登录 http://zx-jr.top/8812 处理", ["http://zx-jr.top/8812"]],
    ["bare www host with path", "详见www.x.cn/a", ["http://www.x.cn/a"]],
    ["bare host glued to Chinese", "访问abc.top处理", ["http://abc.top/"]],
    ["bare host with path glued to Chinese", "请登录zxjr.top/a，输入验证码", ["http://zxjr.top/a"]],
    ["documentation host with a scheme", "点击 http://xx.example/abc", ["http://xx.example/abc"]],
    ["query string and fragment kept", "https://pay.za-kf.top/x?id=1&t=2#top 立即处理", ["https://pay.za-kf.top/x?id=1&t=2#top"]],
    ["port kept", "登录 abc.top:8080/x", ["http://abc.top:8080/x"]],
    ["IP host with port", "http://192.168.1.1:8080/login", ["http://192.168.1.1:8080/login"]],
    ["bare IP with a path", "访问 103.45.67.89/pay", ["http://103.45.67.89/pay"]],
    ["uppercase host lower-cased, path case kept", "详见WWW.CITIC-KF.TOP/A1", ["http://www.citic-kf.top/A1"]],
    ["uppercase scheme", "HTTPS://ZX-JR.TOP/A", ["https://zx-jr.top/A"]],
    ["userinfo hiding the host", "官方链接 http://95558@evil.top/x", ["http://95558@evil.top/x"]],
    // Obfuscated schemes and dots.
    ["hxxp and [.]", "hxxp://citic-hk[.]vip/a1", ["http://citic-hk.vip/a1"]],
    ["hXXps and (.)", "hXXps://secure(.)zxjr(.)cc/login", ["https://secure.zxjr.cc/login"]],
    ["h**p", "h**p://abc.top/x", ["http://abc.top/x"]],
    ["{.}", "访问 zx-jr{.}top 处理", ["http://zx-jr.top/"]],
    ["[dot]", "abc[dot]top/pay", ["http://abc.top/pay"]],
    [" dot ", "visit abc dot top/x", ["http://abc.top/x"]],
    ["点 between ASCII labels", "网址zx-jr 点 top/a", ["http://zx-jr.top/a"]],
    ["full-width URL", "ｈｔｔｐ：／／ｚｘ．ｔｏｐ／ａ", ["http://zx.top/a"]],
    ["full-width ：／／ and ．", "http：／／zx．top/a", ["http://zx.top/a"]],
    ["ideographic full stop inside a host", "网址 zx-jr。top/a", ["http://zx-jr.top/a"]],
    ["ideographic full stops in a www host", "www.abc。com。cn/x", ["http://www.abc.com.cn/x"]],
    ["spaced scheme", "ht tp ://a.top/x", ["http://a.top/x"]],
    // Spaces inside the host.
    ["spaces inside a host after a scheme", "http://xx .exa mple.com/a", ["http://xx.example.com/a"]],
    ["space before the dot", "http://zx-jr .top/a", ["http://zx-jr.top/a"]],
    ["spaces around a dot", "http://zx -jr. top/a 您好", ["http://zx-jr.top/a"]],
    ["a spaced dot before a lower-case TLD that is also a word", "登录 zx-jr. to/a 处理", ["http://zx-jr.to/a"]],
    ["split suffix", "http://zx-jr.to p/a", ["http://zx-jr.top/a"]],
    ["bare host, space before the dot", "登录 zx-jr .top/a", ["http://zx-jr.top/a"]],
    ["bare www host, space before the dot", "www.abc .com", ["http://www.abc.com/"]],
    ["a following word is not glued", "http://abc.top see you", ["http://abc.top/"]],
    // IDN.
    ["IDN host to punycode", "请访问 http://中信金融.中国/x", ["http://xn--fiq64bv72ilui.xn--fiqs8s/x"]],
    ["IDN label with ASCII suffix", "http://中信.top/x", ["http://xn--fiq64b.top/x"]],
    ["punycode written out", "xn--fiq64bv72ilui.xn--fiqs8s/a", ["http://xn--fiq64bv72ilui.xn--fiqs8s/a"]],
    // Where a link ends.
    ["Chinese text glued after a host", "请访问http://abc.top请尽快处理", ["http://abc.top/"]],
    ["Chinese text glued after a path", "https://a.top/x中文", ["https://a.top/x"]],
    ["Chinese glued after an IDN host", "http://中信金融.中国请点击", ["http://xn--fiq64bv72ilui.xn--fiqs8s/"]],
    ["。 after a path is punctuation", "访问abc.top/a。Reply STOP", ["http://abc.top/a"]],
    ["trailing ideographic full stop", "退订回T，详情 http://t.cn/A6abcd。", ["http://t.cn/A6abcd"]],
    ["trailing ) and ,", "链接(http://zx-jr.top/a),谢谢", ["http://zx-jr.top/a"]],
    ["full-width brackets", "链接：zx.top/a（请尽快）", ["http://zx.top/a"]],
    ["inside 【】", "【链接】http://a.top/x】", ["http://a.top/x"]],
    ["trailing ! and .", "点击abc.top! 或 b.top.", ["http://abc.top/", "http://b.top/"]],
    ["two links glued with ;", "https://t.cn/a;https://t.cn/b", ["https://t.cn/a", "https://t.cn/b"]],
    // Order and deduplication.
    ["order of appearance", "先 b2.top/y 再 http://a1.top/x", ["http://b2.top/y", "http://a1.top/x"]],
    ["deduplicated by url", "http://a.top/x http://b.top/y http://a.top/x", ["http://a.top/x", "http://b.top/y"]],
    ["same host, different paths kept", "a.top/x 和 a.top/y", ["http://a.top/x", "http://a.top/y"]],
  ])("%s: %s", (_name, text, urls) => {
    expect(urlsOf(text)).toEqual(urls);
  });
});

describe("extractLinks: registrable domains", () => {
  it.each<[string, string, string]>([
    ["https://citic-help.vercel.app/login", "citic-help.vercel.app", "citic-help.vercel.app"],
    ["https://other.vercel.app/login", "other.vercel.app", "other.vercel.app"],
    ["https://a.example.co.uk/x", "a.example.co.uk", "example.co.uk"],
    ["https://a.b.c.d.e.top/x", "a.b.c.d.e.top", "e.top"],
    ["登录www.abc.com.cn。", "www.abc.com.cn", "abc.com.cn"],
    ["http://1.2.3.4:8080/x", "1.2.3.4", "1.2.3.4"],
    ["https://pay.za-kf.top/x", "pay.za-kf.top", "za-kf.top"],
    ["https://zx.github.io/pay", "zx.github.io", "zx.github.io"],
    ["http://a.xx.example/abc", "a.xx.example", "xx.example"],
    ["http://x.test", "x.test", "x.test"],
  ])("%s → host %s, domain %s", (text, host, domain) => {
    expect(extractLinks(text)).toMatchObject([{ host, domain }]);
  });
});

describe("extractLinks: not links", () => {
  it.each<[string, string]>([
    ["plain Chinese", "您的借款已逾期，请尽快处理"],
    ["an amount", "欠款3,000.00元"],
    ["a decimal amount in 万", "额度1.5万"],
    ["a version number", "版本v1.2.3"],
    ["a clause number", "依据第1.1条"],
    ["a time", "时间12:30前"],
    ["an e-mail address", "邮箱 a@b.com"],
    ["an e-mail whose local part looks like a host", "john.com@gmail.com"],
    ["a file name with an unknown suffix", "附件file.txt"],
    ["a file name whose extension is a TLD", "见readme.md"],
    ["an unknown suffix without scheme", "见 zx-jr.notatld 处理"],
    ["an unknown suffix with scheme", "http://a.b.notatld/x"],
    ["a reserved name without scheme", "xx.example/abc"],
    ["localhost", "http://localhost/x"],
    ["a name after Mr.", "Mr.Wang您好"],
    ["an abbreviation", "U.S. Army"],
    ["a sentence break", "OK. Top up now"],
    ["a sentence after a hyphenated word, starting with a word that is a TLD", "Your account was locked after 3 failed sign-ins. To unlock it, open the app"],
    ["another such sentence", "see you at check-in. It starts at 9"],
    ["such a sentence in lower case", "your account was locked after 3 failed sign-ins. to unlock it, open the app"],
    ["a tracking number ending a lower-case sentence", "we sent 2 reminders about your package sf197909420247. it will be returned tonight"],
    ["a number ending a sentence", "Your OTP is 123456. Do not share it"],
    ["a time with 点", "请于3点前还款"],
    ["点 after digits", "明天10点MT会议"],
    ["Chinese full stops between words", "好的。ok。谢谢"],
    ["a bare IDN (ambiguous with the text before it)", "中信金融.中国"],
    ["a bare IP without port or path", "服务器1.2.3.4"],
    ["an invalid port", "abc.top:99999"],
    ["a pickup code", "取件码 3-2-1102"],
  ])("%s: %s", (_name, text) => {
    expect(extractLinks(text)).toEqual([]);
  });
});

describe("shorteners", () => {
  it.each<[string, boolean]>([
    ["t.cn", true],
    ["url.cn", true],
    ["w.url.cn", true],
    ["dwz.cn", true],
    ["suo.im", true],
    ["bit.ly", true],
    ["BIT.LY", true],
    ["tinyurl.com", true],
    ["www.tinyurl.com", true],
    ["t.co", true],
    ["goo.gl", true],
    ["is.gd", true],
    ["ow.ly", true],
    ["rebrand.ly", true],
    ["s.id", true],
    ["cutt.ly", true],
    ["985.so", true],
    ["sohu.gg", true],
    ["u.nu", true],
    ["kurl.ru", true],
    ["zx-jr.top", false],
    ["t.cn.zx-jr.top", false],
    ["citic.com", false],
  ])("isShortener(%s) = %s", (host, expected) => {
    expect(isShortener(host)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["短链 t.cn/A6xyz 查看", true],
    ["点击 https://bit.ly/3abc?x=1", true],
    ["w.url.cn/s/abc", true],
    ["http://zx-jr.top/a", false],
  ])("marks links in %s: %s", (text, shortener) => {
    expect(extractLinks(text)[0]?.shortener).toBe(shortener);
  });
});

describe("normaliseDomainInput", () => {
  it.each<[string, string, string]>([
    ["za-kf.top", "za-kf.top", "za-kf.top"],
    ["pay.za-kf.top", "pay.za-kf.top", "za-kf.top"],
    ["https://pay.za-kf.top/x?id=1", "pay.za-kf.top", "za-kf.top"],
    ["PAY.ZA-KF.TOP", "pay.za-kf.top", "za-kf.top"],
    ["  WWW.A.COM/x  ", "www.a.com", "a.com"],
    ["hxxp://zx-jr1[.]top/p", "zx-jr1.top", "zx-jr1.top"],
    ["abc dot top", "abc.top", "abc.top"],
    ["xx.example", "xx.example", "xx.example"],
    ["中信金融.中国", "xn--fiq64bv72ilui.xn--fiqs8s", "xn--fiq64bv72ilui.xn--fiqs8s"],
    ["http://中信金融.中国/x", "xn--fiq64bv72ilui.xn--fiqs8s", "xn--fiq64bv72ilui.xn--fiqs8s"],
    ["a.b.vercel.app", "a.b.vercel.app", "b.vercel.app"],
    ["1.2.3.4", "1.2.3.4", "1.2.3.4"],
    ["t.cn", "t.cn", "t.cn"],
  ])("%j → host %s, domain %s", (input, host, domain) => {
    expect(normaliseDomainInput(input)).toEqual({ host, domain });
  });

  it.each(["not_a_domain", "::::", "a b.com", "", "   ", "localhost", "file.txt", "a@b.com", "https://", "co.uk", "vercel.app", "欠款3,000.00元"])(
    "%j is not a domain",
    (input) => {
      expect(normaliseDomainInput(input)).toBeNull();
    },
  );
});

describe("isOfficialSite — a brand's or a government's own site", () => {
  it.each([
    ["www.sf-express.com", "sf-express.com"],
    ["royalmail.com", "royalmail.com"],
    ["www.icbc.com.cn", "icbc.com.cn"],
    ["www.gov.uk", "www.gov.uk"],
    ["hmrc.gov.uk", "hmrc.gov.uk"],
    ["www.chinatax.gov.cn", "chinatax.gov.cn"],
    ["irs.gov", "irs.gov"],
  ])("%s is official", (host, domain) => {
    expect(isOfficialSite({ host, domain })).toBe(true);
  });
  it.each([
    // Look-alikes: the official name is a subdomain or a part of a stranger's domain.
    ["hmrc.gov.uk.refund-claim.top", "refund-claim.top"],
    ["gov-uk-refund.com", "gov-uk-refund.com"],
    ["sf-express.com.qingguan.cc", "qingguan.cc"],
    ["sf-express-cn.top", "sf-express-cn.top"],
    // Platforms where anyone publishes a page, and shorteners.
    ["docs.qq.com", "qq.com"],
    ["shop123.taobao.com", "taobao.com"],
    ["xueqiu.com", "xueqiu.com"],
    ["www.paypal.com", "paypal.com"],
    ["chat.whatsapp.com", "whatsapp.com"],
    ["t.cn", "t.cn"],
  ])("%s is not", (host, domain) => {
    expect(isOfficialSite({ host, domain })).toBe(false);
  });
});
