/** The public check page and the shareable reputation pages, server-rendered (the no-JavaScript path). */
import { describe, expect, it } from "vitest";
import { exports } from "cloudflare:workers";
import { BASE, call } from "../helpers";

const SCAM = "【中信金融】您的借款已逾期，将于今日起诉并上门，请立即登录 http://zx-page.top/p 回复验证码处理。";

const page = async (path: string, options: Parameters<typeof call>[1] = {}) => {
  const response = await call(path, options);
  return { response, html: await response.text() };
};

describe("GET/POST /check", () => {
  it.each([
    ["zh-CN", "查一查", "zh-Hans-CN"],
    ["zh-TW", "這則簡訊可信嗎", "zh-Hant-TW"],
    ["en", "Check a message", "en"],
  ])("renders the form in %s", async (lang, heading, htmlLang) => {
    const { response, html } = await page(`/check?lang=${lang}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("form-action 'self'");
    expect(html).toContain(`<html lang="${htmlLang}">`);
    expect(html).toContain(heading);
    expect(html).toMatch(/<form id="check-form"[^>]*method="post" action="\/check"/);
    for (const field of ["text", "sender", "url"]) expect(html).toContain(`name="${field}"`);
  });

  it("answers a pasted text without JavaScript: verdict, advice and official contacts above the technical ids", async () => {
    const { response, html } = await page("/check", { form: { lang: "zh-CN", text: SCAM, sender: "13700004444" } });
    expect(response.status).toBe(200);
    expect(html).toContain('data-verdict="suspicious"');
    for (const code of ["dont_reply", "dont_click", "dont_call_text_number", "call_official", "report_12321", "lost_money_96110"]) expect(html).toContain(`data-advice="${code}"`);
    expect(html).toContain('href="tel:95558"');
    expect(html).toContain('data-reason="impersonates_institution"');
    expect(html).toContain("不要回复这条短信");
    expect(html.indexOf('class="advice"')).toBeLessThan(html.indexOf('class="technical"'));
    expect(html).toContain('href="/n/%2B8613700004444?lang=zh-CN"');
    expect(html).toContain('href="/d/zx-page.top?lang=zh-CN"');
  });

  it("answers in English and traditional Chinese", async () => {
    const en = await page("/check", { form: { lang: "en", text: SCAM } });
    expect(en.html).toContain("Do not reply");
    expect(en.html).toContain("It asks for a verification code");
    const tw = await page("/check", { form: { text: SCAM }, headers: { "accept-language": "zh-HK" } });
    expect(tw.html).toContain("不要回覆這則簡訊");
  });

  it("checks a number or a link alone", async () => {
    const number = await page("/check", { form: { lang: "en", sender: "95599" } });
    expect(number.html).toContain('data-verdict="trusted"');
    expect(number.html).toContain('data-advice="official_still_careful"');
    const link = await page("/check", { form: { lang: "en", url: "hxxp://never-seen-page[.]top/x" } });
    expect(link.response.status).toBe(200);
    expect(link.html).toContain('href="/d/never-seen-page.top?lang=en"');
  });

  it.each([
    [{ lang: "en" }, 400, "Fill in at least one"],
    [{ lang: "en", sender: "not a number!!!" }, 422, "not a valid number"],
    [{ lang: "en", url: "::::" }, 422, "not a valid link"],
  ])("re-renders the form with a message for %j", async (form, status, message) => {
    const { response, html } = await page("/check", { form });
    expect(response.status).toBe(status);
    expect(html).toContain(message);
    expect(html).toContain('id="check-form"');
  });
});

describe("/n/{number} and /d/{domain}", () => {
  it("says no reports and keeps an unreported number out of search engines", async () => {
    const { response, html } = await page("/n/%2B8613700001212?lang=en");
    expect(response.status).toBe(200);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain("No reports");
    expect(html).toContain('data-reason="no_reports"');
  });

  it("shows a reported number's reputation, indexable, with its claimed institution's official numbers", async () => {
    for (let i = 0; i < 2; i++) await call("/api/v1/reports", { ip: `10.88.${i + 1}.1`, json: { sender: "13700001313", text: SCAM.replace("今日", `${i + 2}日内`) } });
    const { html } = await page("/n/%2B8613700001313?lang=zh-CN");
    expect(html).not.toContain("noindex");
    expect(html).toContain("共 2 次举报");
    expect(html).toContain('href="tel:95558"');
    expect(html).toContain('data-reason="reported_by_many"');
  });

  it("redirects any spelling of a number or domain to its one address", async () => {
    const unfollowed = (path: string) => exports.default.fetch(new Request(`${BASE}${path}`, { redirect: "manual", headers: { "cf-connecting-ip": "10.88.1.1" } }));
    const number = await unfollowed("/n/138%200013%208000");
    expect(number.status).toBe(301);
    expect(number.headers.get("location")).toBe("/n/%2B8613800138000");
    const domain = await unfollowed("/d/https%3A%2F%2Fa.zx-page.top%2Fp?lang=en");
    expect(domain.status).toBe(301);
    expect(domain.headers.get("location")).toBe("/d/zx-page.top?lang=en");
  });

  it("shows an unreported domain as no reports, not indexed", async () => {
    const { html } = await page("/d/never-reported-page.top?lang=zh-TW");
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain("暫無舉報");
  });

  it("answers 404 for something that is no number or domain", async () => {
    const response = await call("/n/%21%21%21");
    expect(response.status).toBe(404);
    expect(response.headers.get("x-robots-tag")).toBe("noindex");
  });
});

describe("the report form", () => {
  it("links to the check page: check first, then report", async () => {
    const { html } = await page("/?lang=en");
    expect(html).toContain("Check first, then report");
    expect(html).toContain('href="/check?lang=en"');
  });

  it("tells the public what to do next above the technical ids", async () => {
    const { response, html } = await page("/report", { form: { lang: "en", sender: "13700001414", text: SCAM } });
    expect(response.status).toBe(200);
    expect(html).toContain('data-advice="dont_call_text_number"');
    expect(html).toContain('data-advice="report_12321"');
    expect(html).toContain('href="tel:95558"');
    expect(html.indexOf('class="advice"')).toBeLessThan(html.indexOf('class="facts"'));
  });
});
