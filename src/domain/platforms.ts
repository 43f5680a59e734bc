/**
 * Domains whose hosts are judged one by one instead of folded into the registrable domain: large
 * platforms that serve many parties' content (shorteners, shops, hosting, mail) and the official
 * domains the registry is seeded with. A scam link on u.jd.com or on some shop's page of
 * taobao.com then counts against that host, never against jd.com or taobao.com, and a link to
 * www.icbc.com.cn still counts as icbc.com.cn (docs/scoring.md, "Official domains").
 * Official domains an admin adds later are trusted whole, so folding cannot poison them either.
 */

/** Well-known platforms (shopping, payment, social, mail, search, video, carriers, couriers). */
const PLATFORMS = [
  "jd.com", "taobao.com", "tmall.com", "tb.cn", "alipay.com", "alibaba.com", "aliyun.com", "1688.com", "qq.com", "wechat.com",
  "tencent.com", "baidu.com", "weibo.com", "weibo.cn", "sina.com.cn", "sina.cn", "163.com", "126.com", "douyin.com",
  "iesdouyin.com", "kuaishou.com", "bilibili.com", "b23.tv", "meituan.com", "dianping.com", "pinduoduo.com", "yangkeduo.com",
  "xiaohongshu.com", "zhihu.com", "ctrip.com", "12306.cn", "apple.com", "icloud.com", "microsoft.com", "google.com",
  "amazon.com", "github.com", "feishu.cn", "dingtalk.com", "10086.cn", "189.cn", "10010.com", "chinamobile.com",
  "chinaunicom.com", "sf-express.com", "cainiao.com", "ems.com.cn", "unionpay.com", "95516.com",
];

/** Official domains seeded from data/official_domains.tsv (migration 0020); keep the two in step. */
export const SEEDED_OFFICIAL_DOMAINS = [
  "dxzq.net",
  "dfzq.com.cn",
  "eastmoney.com",
  "dgzq.com.cn",
  "ecitic.com",
  "cic.cn",
  "picc.com",
  "chinalife.com.cn",
  "cntaiping.com",
  "pingan.com",
  "manulife-sinochem.com",
  "cicc.com.cn",
  "xyzq.com.cn",
  "htsc.com.cn",
  "10jqka.com.cn",
  "schwab.com",
  "guosen.com.cn",
  "essence.com.cn",
  "gtht.com",
  "95590.cn",
  "cpic.com.cn",
  "axa.cn",
  "futunn.com",
  "gf.com.cn",
  "cmschina.com",
  "efunds.com.cn",
  "taikang.com",
  "interactivebrokers.com",
  "chinastock.com.cn",
  "sinosig.com",
  "xueqiu.com",
  "snowballsecurities.com",
  "commbank.com.au",
  "mastercard.com.cn",
  "shrcb.com",
  "bosc.cn",
  "srbank.cn",
  "drcbank.com",
  "dongguanbank.cn",
  "citicbank.com",
  "cncbinternational.com",
  "zybank.com.cn",
  "abchina.com",
  "icbc.com.cn",
  "ccb.com",
  "cmbc.com.cn",
  "psbc.com",
  "unionpay.com",
  "boc.cn",
  "bochk.com",
  "lsccb.com",
  "jjccb.com",
  "ynrcc.com",
  "bankcomm.com",
  "jdpay.com",
  "za.group",
  "cebbank.com",
  "cib.com.cn",
  "bankofbeijing.com.cn",
  "welab.bank",
  "hxb.com.cn",
  "njcb.com.cn",
  "xib.com.cn",
  "hrbb.com.cn",
  "cdb.com.cn",
  "bankofdl.com",
  "bankoftianjin.com",
  "nbcb.com.cn",
  "fudian-bank.com",
  "shanxinj.com",
  "gdrcu.com",
  "cgbchina.com.cn",
  "grcbank.com",
  "gzcb.com.cn",
  "gx966888.com",
  "webank.com",
  "hsbank.com.cn",
  "bocd.com.cn",
  "cmbchina.com",
  "klb.cn",
  "hzbank.com.cn",
  "guilinbank.com.cn",
  "whrcbank.com",
  "hsbc.com.cn",
  "hsbc.com.hk",
  "96558.com",
  "jnbank.com.cn",
  "jsbchina.cn",
  "jxnxs.com",
  "jx-bank.com",
  "zjtlcb.com",
  "czbank.com",
  "zj96596.com",
  "spdb.com.cn",
  "ftyzb.com",
  "cbhb.com.cn",
  "hbxh.com.cn",
  "csxbank.com",
  "hunan-bank.com",
  "shengjingbank.com.cn",
  "americanexpress.com.cn",
  "citibank.com.cn",
  "szrcb.com",
  "zzbank.cn",
  "cqrcb.com",
  "cqcbank.com",
  "chinaums.com",
  "gwbank.com.cn",
  "bankofchangsha.com",
  "qdccb.com",
  "lj-bank.com",
];

const HOST_JUDGED = new Set([...PLATFORMS, ...SEEDED_OFFICIAL_DOMAINS]);

/**
 * Brands' own sites that publish nothing of anyone else's: couriers, postal services, telecoms, tax and billing
 * services whose genuine notices send the reader to their site ("请登录官网 www.sf-express.com 上传身份证",
 * "pay only at royalmail.com"). Platforms where anyone can publish a page, a form, a group or a payment request
 * (taobao.com, docs.qq.com, sites.google.com, paypal.com/paypalme, chat.whatsapp.com) are not among them.
 */
const BRAND_SITES = [
  "sf-express.com", "ems.com.cn", "11183.com.cn", "jdl.com", "zto.com", "yto.net.cn", "sto.cn", "yundaex.com", "cainiao.com",
  "10086.cn", "189.cn", "10010.com", "chinamobile.com", "chinaunicom.com", "12306.cn", "95516.com",
  "royalmail.com", "parcelforce.com", "evri.com", "dpd.co.uk", "dpd.com", "dhl.com", "dhl.co.uk", "fedex.com", "ups.com",
  "usps.com", "auspost.com.au", "canadapost-postescanada.ca", "canadapost.ca", "singpost.com", "hongkongpost.hk", "nzpost.co.nz",
  "apple.com", "netflix.com", "spotify.com", "amazon.com", "amazon.co.uk", "uber.com",
  "hsbc.co.uk", "hsbc.com", "barclays.co.uk", "lloydsbank.com", "natwest.com", "santander.co.uk", "monzo.com", "chase.com",
  "bankofamerica.com", "wellsfargo.com", "ee.co.uk", "vodafone.co.uk", "o2.co.uk", "three.co.uk", "dbs.com.sg", "ocbc.com", "uob.com.sg",
];
/** Seeded official domains where the public posts too (stock forums): a link there may be anyone's page. */
const PUBLIC_POSTING_SITES = new Set(["xueqiu.com", "eastmoney.com", "10jqka.com.cn"]);
const OFFICIAL_SITES = new Set([...BRAND_SITES, ...SEEDED_OFFICIAL_DOMAINS.filter((domain) => !PUBLIC_POSTING_SITES.has(domain))]);
/** Suffixes only governments can register under (hmrc.gov.uk, www.chinatax.gov.cn, irs.gov). */
const GOVERNMENT_SUFFIXES = ["gov.cn", "gov.uk", "gov", "mil", "gov.au", "gov.sg", "gov.hk", "gov.tw", "gc.ca", "gov.in", "gov.my", "gov.ph", "nhs.uk", "police.uk"];

/**
 * Whether a link goes to a brand's or a government's own site: such a link hands the reader to the sender's official
 * channel, not to a stranger's page (content analysis gives it no `link` signal).
 * Example: isOfficialSite({ host: "www.sf-express.com", domain: "sf-express.com" }) → true;
 * isOfficialSite({ host: "hmrc.gov.uk.refund-claim.top", domain: "refund-claim.top" }) → false
 */
export function isOfficialSite(link: { host: string; domain: string }): boolean {
  return OFFICIAL_SITES.has(link.domain) || GOVERNMENT_SUFFIXES.some((suffix) => link.host === suffix || link.host.endsWith(`.${suffix}`));
}

/** Labels that only pick a front end of the same site: www.icbc.com.cn is icbc.com.cn. */
const SAME_SITE_LABELS = new Set(["www", "m", "wap", "mobile"]);

/**
 * The target a link's host is judged as, given its registrable domain.
 * Example: reputationTarget("u.jd.com", "jd.com") → "u.jd.com"; reputationTarget("www.icbc.com.cn", "icbc.com.cn") → "icbc.com.cn";
 * reputationTarget("a.zx-jr.top", "zx-jr.top") → "zx-jr.top"
 */
export function reputationTarget(host: string, registrable: string): string {
  if (!HOST_JUDGED.has(registrable) || host === registrable || !host.endsWith(`.${registrable}`)) return registrable;
  const labels = host.slice(0, -registrable.length - 1).split(".");
  while (labels.length > 0 && SAME_SITE_LABELS.has(labels[0] as string)) labels.shift();
  return labels.length === 0 ? registrable : `${labels.join(".")}.${registrable}`;
}
