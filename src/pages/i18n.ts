/**
 * Every string the HTML pages (and public/app.js, through the JSON blob embedded in the page) show,
 * one dictionary per language with the same keys. zh-CN is the reference: the other two are typed
 * against its keys, so a missing or extra key is a compile error (and test/… checks it at runtime).
 *
 * Placeholders in braces ({n}, {days}, {names}, {institution}, {campaign}, {max}) are filled by
 * `format`; public/app.js does the same substitution.
 */

export const LANGS = ["zh-CN", "zh-TW", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "zh-CN";

/** GB/T 2260 province-level codes offered by the region select (31 provinces, then 71/81/82). */
export const REGION_CODES = [
  "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41",
  "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
] as const;

const zhCN = {
  // Page chrome
  site_name: "反诈短信举报",
  site_tagline: "举报冒充催收等诈骗短信，查询号码信誉",
  lang_switch_label: "语言",
  nav_report: "举报",
  nav_stats: "统计",
  nav_docs: "API 文档",
  footer_note: "本服务开放数据与 API，供反诈应用、运营商和监管机构使用。",
  skip_to_content: "跳到主要内容",

  // Form page
  form_title: "举报诈骗短信",
  form_intro: "收到可疑的催收、贷款或冒充金融机构的短信？把发送号码和短信全文填在下面，帮助更多人识别它。",
  lesson_title: "如何分辨真假催收短信",
  lesson_official: "真正的催收或账单通知来自机构的官方号码，例如中信银行 95558，而不是个人手机号或陌生的 106 端口。",
  lesson_never: "正规机构从不通过短信索要验证码、身份证号或银行卡号，也不会让你点陌生链接或转账到个人账户。",
  lesson_verify: "有疑问时，请自己拨打机构官网或银行卡背面的客服电话核实，不要回拨短信里的号码。",
  privacy_title: "隐私说明",
  privacy_text: "短信中的个人信息（姓名、身份证号、银行卡号、金额、其他电话号码）会在保存前删除；我们不保存你的 IP 地址。",
  field_sender: "发送方号码",
  field_sender_hint: "短信上显示的号码或名称，例如 +86 138-0013-8000、10690000123 或 95558。",
  field_text: "短信全文",
  field_text_hint: "请原样粘贴整条短信，最多 {max} 字。",
  field_receivedAt: "接收时间（北京时间）",
  field_receivedAt_hint: "可选。",
  field_carrier: "你的运营商",
  field_region: "你所在的省份",
  field_category: "类型",
  field_claimedInstitution: "短信自称的机构",
  field_claimedInstitution_hint: "可选，例如 中信金融、众安、东銮金融。留空时会从短信内容自动识别。",
  optional: "可选",
  required: "必填",
  select_none: "— 不选 —",
  carrier_china_mobile: "中国移动",
  carrier_china_unicom: "中国联通",
  carrier_china_telecom: "中国电信",
  carrier_china_broadnet: "中国广电",
  carrier_other: "其他",
  category_fake_collection: "冒充催收",
  category_phishing: "钓鱼链接",
  category_loan_scam: "贷款诈骗",
  category_impersonation: "冒充机构",
  category_other: "其他",
  category_task_rebate: "刷单返利",
  category_investment: "虚假投资理财",
  category_customer_service: "冒充电商物流客服",
  category_police_impersonation: "冒充公检法",
  category_credit_repair: "虚假征信/注销校园贷",
  category_acquaintance: "冒充领导熟人",
  category_game_trade: "网络游戏虚假交易",
  category_romance: "网络婚恋交友",
  category_military_purchase: "冒充军警购物",
  category_prize: "虚假中奖",
  category_inferred: "（根据短信内容自动识别）",
  field_category_hint: "可选。留空时会根据短信内容自动识别。",
  region_group_other: "港澳台",
  submit: "提交举报",
  submitting: "正在提交…",
  form_has_errors: "提交没有成功，请检查下面标出的内容。",

  // Field errors
  err_field_sender: "请填写发送方号码（最多 64 个字符）。",
  err_field_sender_invalid: "这不是有效的手机号、短信端口或发送方名称。",
  err_field_text: "请粘贴短信全文，最多 {max} 字。",
  err_field_receivedAt: "接收时间无效。",
  err_field_carrier: "请从列表中选择运营商。",
  err_field_region: "请从列表中选择省份。",
  err_field_category: "请从列表中选择类型。",
  err_field_claimedInstitution: "机构名称最多 40 个字符。",
  err_field_other: "这一项无效。",

  // Whole-request errors, by problem code
  err_invalid_body: "有些内容没有填写或格式不对。",
  err_invalid_sender: "发送方号码无效。",
  err_rate_limited: "提交太频繁了：同一号码每 15 分钟举报一次就够了，请稍后再试。",
  err_captcha_failed: "人机验证没有通过，请刷新页面后重试。",
  err_payload_too_large: "内容太长了。",
  err_unavailable: "服务暂时不可用，请稍后再试。",
  err_internal: "服务器出错了，请稍后再试。",
  err_network: "网络连接失败，请检查网络后重试。",
  err_generic: "提交失败，请稍后再试。",

  // Result
  result_title: "举报已收到，谢谢！",
  result_duplicate: "你在 24 小时内已举报过这条短信，这次不会重复计数。",
  result_report_id: "举报编号",
  result_sender: "发送方",
  result_sender_input: "你填写的是",
  result_domains: "短信中的链接域名",
  result_signals: "识别到的诈骗特征",
  result_claimed: "自称的机构",
  result_category: "类型",
  result_callbacks: "短信中的回拨号码",
  result_campaign: "短信模板编号",
  result_campaign_hint: "内容相同或相似的短信归入同一模板，用来发现换号群发的诈骗。",
  result_none: "无",
  result_unknown: "未识别",
  result_verdict_title: "这个号码目前的评估",
  result_score: "风险分数 {n}/100",
  result_reports: "共 {n} 次举报，来自 {m} 位举报人；最近 30 天 {k} 次。",
  result_official: "官方号码：{institution}",
  result_reasons: "原因",
  result_again: "再举报一条",
  result_lookup_failed: "暂时无法查询这个号码的评估。",

  // Sender kinds
  kind_mobile: "手机号",
  kind_landline: "固定电话",
  kind_service: "服务号码",
  kind_short_code: "短号码",
  kind_sms_port: "短信端口（106 号段）",
  kind_international: "境外号码",
  kind_alphanumeric: "字母名称",

  // Signals
  signal_link: "含有链接",
  signal_asks_verification_code: "索要验证码",
  signal_asks_id_or_card: "索要身份证或银行卡号",
  signal_legal_threat: "以起诉、上门等威胁",
  signal_urgency: "催促立即处理",
  signal_repayment_channel_private: "要求转账到私人账户",
  signal_claims_institution: "自称金融机构",

  // Verdicts
  verdict_unknown: "暂无定论",
  verdict_suspicious: "可疑",
  verdict_scam: "诈骗",
  verdict_trusted: "可信（官方号码）",

  // Reasons (by reason code)
  reason_no_reports: "还没有人举报过这个号码。",
  reason_reported_by_many: "最近 {days} 天内有 {n} 位不同的用户举报过它。",
  reason_single_reporter: "目前只有一位用户举报；仅凭一人举报永远不会判定为诈骗。",
  reason_stale_reports: "它的举报都早于 {days} 天前。",
  reason_strong_signals: "被举报的短信索要验证码、身份证或银行卡号，以起诉相威胁或带有链接——正规通知不会这样做。",
  reason_campaign: "它的短信属于模板 {campaign}，该模板在多个号码和链接上被多人举报。",
  reason_impersonates_institution: "被举报的短信自称来自{names}，但这个号码不是它的官方号码。",
  reason_url_shortener: "这是短链接服务：评估涵盖它背后的所有链接。",
  reason_official_sender: "这是登记在册的{institution}官方号码。",
  reason_possible_spoofing: "有 {n} 次举报涉及这个官方号码；诈骗者会伪造官方号码，请以短信内容为准，不要只看号码。",
  reason_appeal_upheld: "管理员已受理申诉并撤销了负面评估。",

  // Region names
  region_11: "北京", region_12: "天津", region_13: "河北", region_14: "山西", region_15: "内蒙古",
  region_21: "辽宁", region_22: "吉林", region_23: "黑龙江", region_31: "上海", region_32: "江苏",
  region_33: "浙江", region_34: "安徽", region_35: "福建", region_36: "江西", region_37: "山东",
  region_41: "河南", region_42: "湖北", region_43: "湖南", region_44: "广东", region_45: "广西",
  region_46: "海南", region_50: "重庆", region_51: "四川", region_52: "贵州", region_53: "云南",
  region_54: "西藏", region_61: "陕西", region_62: "甘肃", region_63: "青海", region_64: "宁夏",
  region_65: "新疆", region_71: "台湾", region_81: "香港", region_82: "澳门",
};

export type MessageKey = keyof typeof zhCN;
export type Dictionary = Record<MessageKey, string>;

const zhTW: Dictionary = {
  site_name: "反詐簡訊舉報",
  site_tagline: "舉報冒充催收等詐騙簡訊，查詢號碼信譽",
  lang_switch_label: "語言",
  nav_report: "舉報",
  nav_stats: "統計",
  nav_docs: "API 文件",
  footer_note: "本服務開放資料與 API，供反詐應用、電信業者和監管機構使用。",
  skip_to_content: "跳到主要內容",

  form_title: "舉報詐騙簡訊",
  form_intro: "收到可疑的催收、貸款或冒充金融機構的簡訊？把發送號碼和簡訊全文填在下面，幫助更多人識別它。",
  lesson_title: "如何分辨真假催收簡訊",
  lesson_official: "真正的催收或帳單通知來自機構的官方號碼，例如中信銀行 95558，而不是個人手機號或陌生的 106 端口。",
  lesson_never: "正規機構從不透過簡訊索取驗證碼、身分證號或銀行卡號，也不會讓你點陌生連結或轉帳到個人帳戶。",
  lesson_verify: "有疑問時，請自行撥打機構官網或銀行卡背面的客服電話核實，不要回撥簡訊裡的號碼。",
  privacy_title: "隱私說明",
  privacy_text: "簡訊中的個人資料（姓名、身分證號、銀行卡號、金額、其他電話號碼）會在儲存前刪除；我們不儲存你的 IP 位址。",
  field_sender: "發送方號碼",
  field_sender_hint: "簡訊上顯示的號碼或名稱，例如 +86 138-0013-8000、10690000123 或 95558。",
  field_text: "簡訊全文",
  field_text_hint: "請原樣貼上整則簡訊，最多 {max} 字。",
  field_receivedAt: "接收時間（北京時間）",
  field_receivedAt_hint: "選填。",
  field_carrier: "你的電信業者",
  field_region: "你所在的省份",
  field_category: "類型",
  field_claimedInstitution: "簡訊自稱的機構",
  field_claimedInstitution_hint: "選填，例如 中信金融、眾安、東鑾金融。留空時會從簡訊內容自動識別。",
  optional: "選填",
  required: "必填",
  select_none: "— 不選 —",
  carrier_china_mobile: "中國移動",
  carrier_china_unicom: "中國聯通",
  carrier_china_telecom: "中國電信",
  carrier_china_broadnet: "中國廣電",
  carrier_other: "其他",
  category_fake_collection: "冒充催收",
  category_phishing: "釣魚連結",
  category_loan_scam: "貸款詐騙",
  category_impersonation: "冒充機構",
  category_other: "其他",
  category_task_rebate: "刷單返利",
  category_investment: "虛假投資理財",
  category_customer_service: "冒充電商物流客服",
  category_police_impersonation: "冒充公檢法",
  category_credit_repair: "虛假徵信/註銷校園貸",
  category_acquaintance: "冒充領導熟人",
  category_game_trade: "網路遊戲虛假交易",
  category_romance: "網路婚戀交友",
  category_military_purchase: "冒充軍警購物",
  category_prize: "虛假中獎",
  category_inferred: "（依簡訊內容自動識別）",
  field_category_hint: "選填。留空時會依簡訊內容自動識別。",
  region_group_other: "港澳台",
  submit: "提交舉報",
  submitting: "正在提交…",
  form_has_errors: "提交沒有成功，請檢查下面標出的內容。",

  err_field_sender: "請填寫發送方號碼（最多 64 個字元）。",
  err_field_sender_invalid: "這不是有效的手機號、簡訊端口或發送方名稱。",
  err_field_text: "請貼上簡訊全文，最多 {max} 字。",
  err_field_receivedAt: "接收時間無效。",
  err_field_carrier: "請從清單中選擇電信業者。",
  err_field_region: "請從清單中選擇省份。",
  err_field_category: "請從清單中選擇類型。",
  err_field_claimedInstitution: "機構名稱最多 40 個字元。",
  err_field_other: "這一項無效。",

  err_invalid_body: "有些內容沒有填寫或格式不對。",
  err_invalid_sender: "發送方號碼無效。",
  err_rate_limited: "提交太頻繁了：同一號碼每 15 分鐘舉報一次就夠了，請稍後再試。",
  err_captcha_failed: "人機驗證沒有通過，請重新整理頁面後重試。",
  err_payload_too_large: "內容太長了。",
  err_unavailable: "服務暫時無法使用，請稍後再試。",
  err_internal: "伺服器出錯了，請稍後再試。",
  err_network: "網路連線失敗，請檢查網路後重試。",
  err_generic: "提交失敗，請稍後再試。",

  result_title: "舉報已收到，謝謝！",
  result_duplicate: "你在 24 小時內已舉報過這則簡訊，這次不會重複計算。",
  result_report_id: "舉報編號",
  result_sender: "發送方",
  result_sender_input: "你填寫的是",
  result_domains: "簡訊中的連結網域",
  result_signals: "識別到的詐騙特徵",
  result_claimed: "自稱的機構",
  result_category: "類型",
  result_callbacks: "簡訊中的回撥號碼",
  result_campaign: "簡訊範本編號",
  result_campaign_hint: "內容相同或相似的簡訊歸入同一範本，用來發現換號群發的詐騙。",
  result_none: "無",
  result_unknown: "未識別",
  result_verdict_title: "這個號碼目前的評估",
  result_score: "風險分數 {n}/100",
  result_reports: "共 {n} 次舉報，來自 {m} 位舉報人；最近 30 天 {k} 次。",
  result_official: "官方號碼：{institution}",
  result_reasons: "原因",
  result_again: "再舉報一則",
  result_lookup_failed: "暫時無法查詢這個號碼的評估。",

  kind_mobile: "手機號碼",
  kind_landline: "市內電話",
  kind_service: "服務號碼",
  kind_short_code: "短號碼",
  kind_sms_port: "簡訊端口（106 號段）",
  kind_international: "境外號碼",
  kind_alphanumeric: "字母名稱",

  signal_link: "含有連結",
  signal_asks_verification_code: "索取驗證碼",
  signal_asks_id_or_card: "索取身分證或銀行卡號",
  signal_legal_threat: "以起訴、上門等威脅",
  signal_urgency: "催促立即處理",
  signal_repayment_channel_private: "要求轉帳到私人帳戶",
  signal_claims_institution: "自稱金融機構",

  verdict_unknown: "暫無定論",
  verdict_suspicious: "可疑",
  verdict_scam: "詐騙",
  verdict_trusted: "可信（官方號碼）",

  reason_no_reports: "還沒有人舉報過這個號碼。",
  reason_reported_by_many: "最近 {days} 天內有 {n} 位不同的使用者舉報過它。",
  reason_single_reporter: "目前只有一位使用者舉報；僅憑一人舉報永遠不會判定為詐騙。",
  reason_stale_reports: "它的舉報都早於 {days} 天前。",
  reason_strong_signals: "被舉報的簡訊索取驗證碼、身分證或銀行卡號，以起訴相威脅或帶有連結——正規通知不會這樣做。",
  reason_campaign: "它的簡訊屬於範本 {campaign}，該範本在多個號碼和連結上被多人舉報。",
  reason_impersonates_institution: "被舉報的簡訊自稱來自{names}，但這個號碼不是它的官方號碼。",
  reason_url_shortener: "這是短網址服務：評估涵蓋它背後的所有連結。",
  reason_official_sender: "這是登記在冊的{institution}官方號碼。",
  reason_possible_spoofing: "有 {n} 次舉報涉及這個官方號碼；詐騙者會偽造官方號碼，請以簡訊內容為準，不要只看號碼。",
  reason_appeal_upheld: "管理員已受理申訴並撤銷了負面評估。",

  region_11: "北京", region_12: "天津", region_13: "河北", region_14: "山西", region_15: "內蒙古",
  region_21: "遼寧", region_22: "吉林", region_23: "黑龍江", region_31: "上海", region_32: "江蘇",
  region_33: "浙江", region_34: "安徽", region_35: "福建", region_36: "江西", region_37: "山東",
  region_41: "河南", region_42: "湖北", region_43: "湖南", region_44: "廣東", region_45: "廣西",
  region_46: "海南", region_50: "重慶", region_51: "四川", region_52: "貴州", region_53: "雲南",
  region_54: "西藏", region_61: "陝西", region_62: "甘肅", region_63: "青海", region_64: "寧夏",
  region_65: "新疆", region_71: "臺灣", region_81: "香港", region_82: "澳門",
};

const en: Dictionary = {
  site_name: "Scam SMS reports",
  site_tagline: "Report fake debt-collection and other scam texts; check a number's reputation",
  lang_switch_label: "Language",
  nav_report: "Report",
  nav_stats: "Statistics",
  nav_docs: "API docs",
  footer_note: "Open data and an open API for anti-fraud apps, carriers and regulators.",
  skip_to_content: "Skip to main content",

  form_title: "Report a scam SMS",
  form_intro: "Got a suspicious debt-collection, loan or \"your bank\" text? Enter the sender and the full text below so others can recognise it.",
  lesson_title: "Telling real collection notices from fakes",
  lesson_official: "Genuine collection or billing notices come from the institution's official number — for example 95558 for China CITIC Bank — not from a personal mobile number or an unknown 106 port.",
  lesson_never: "Real institutions never ask for verification codes, ID-card or bank-card numbers by SMS, and never ask you to open unknown links or pay into a personal account.",
  lesson_verify: "When in doubt, call the number on the institution's website or the back of your card — never the number in the text.",
  privacy_title: "Privacy",
  privacy_text: "Personal data in the text (names, ID-card and bank-card numbers, amounts, other phone numbers) is removed before storage. Your IP address is not stored.",
  field_sender: "Sender",
  field_sender_hint: "The number or name shown on your phone, e.g. +86 138-0013-8000, 10690000123 or 95558.",
  field_text: "Full text of the SMS",
  field_text_hint: "Paste the whole message as received, up to {max} characters.",
  field_receivedAt: "Received at (China Standard Time)",
  field_receivedAt_hint: "Optional.",
  field_carrier: "Your carrier",
  field_region: "Your province",
  field_category: "Type",
  field_claimedInstitution: "Institution the SMS claims to be from",
  field_claimedInstitution_hint: "Optional, e.g. 中信金融, 众安, 东銮金融. Left empty, it is recognised from the text.",
  optional: "optional",
  required: "required",
  select_none: "— not specified —",
  carrier_china_mobile: "China Mobile",
  carrier_china_unicom: "China Unicom",
  carrier_china_telecom: "China Telecom",
  carrier_china_broadnet: "China Broadnet",
  carrier_other: "Other",
  category_fake_collection: "Fake debt collection",
  category_phishing: "Phishing link",
  category_loan_scam: "Loan scam",
  category_impersonation: "Impersonating an institution",
  category_other: "Other",
  category_task_rebate: "Fake task or rebate job",
  category_investment: "Fake investment",
  category_customer_service: "Fake shop or courier customer service",
  category_police_impersonation: "Impersonating police, prosecutors or courts",
  category_credit_repair: "Fake credit record repair or student-loan cancellation",
  category_acquaintance: "Impersonating a boss or acquaintance",
  category_game_trade: "Fake game trade",
  category_romance: "Romance or dating scam",
  category_military_purchase: "Fake military or police purchase",
  category_prize: "Fake prize or premium-rate",
  category_inferred: "(inferred from the text)",
  field_category_hint: "Optional. Left empty, it is inferred from the text.",
  region_group_other: "Hong Kong, Macao, Taiwan",
  submit: "Send report",
  submitting: "Sending…",
  form_has_errors: "The report was not sent; please check the fields marked below.",

  err_field_sender: "Enter the sender (up to 64 characters).",
  err_field_sender_invalid: "This is not a phone number, SMS port or sender name.",
  err_field_text: "Paste the full text, up to {max} characters.",
  err_field_receivedAt: "This date and time is not valid.",
  err_field_carrier: "Choose a carrier from the list.",
  err_field_region: "Choose a province from the list.",
  err_field_category: "Choose a type from the list.",
  err_field_claimedInstitution: "Institution names are limited to 40 characters.",
  err_field_other: "This value is not valid.",

  err_invalid_body: "Something is missing or in the wrong format.",
  err_invalid_sender: "The sender is not valid.",
  err_rate_limited: "Too many reports: one report per sender every 15 minutes is enough. Please try again later.",
  err_captcha_failed: "The human check failed; reload the page and try again.",
  err_payload_too_large: "The report is too long.",
  err_unavailable: "The service is temporarily unavailable; please try again later.",
  err_internal: "Something went wrong on our side; please try again later.",
  err_network: "Could not reach the server; check your connection and try again.",
  err_generic: "The report could not be sent; please try again later.",

  result_title: "Report received — thank you!",
  result_duplicate: "You already reported this text in the last 24 hours, so it was not counted again.",
  result_report_id: "Report id",
  result_sender: "Sender",
  result_sender_input: "You entered",
  result_domains: "Link domains in the text",
  result_signals: "Scam signals found",
  result_claimed: "Claimed institution",
  result_category: "Type",
  result_callbacks: "Call-back numbers in the text",
  result_campaign: "Message template id",
  result_campaign_hint: "Identical or similar texts are grouped into one template, which exposes scams that rotate sender numbers.",
  result_none: "none",
  result_unknown: "not recognised",
  result_verdict_title: "Current assessment of this sender",
  result_score: "Risk score {n}/100",
  result_reports: "{n} report(s) from {m} reporter(s); {k} in the last 30 days.",
  result_official: "Official number of {institution}",
  result_reasons: "Why",
  result_again: "Report another SMS",
  result_lookup_failed: "The assessment of this sender is not available right now.",

  kind_mobile: "mobile number",
  kind_landline: "landline",
  kind_service: "service number",
  kind_short_code: "short code",
  kind_sms_port: "SMS port (106 range)",
  kind_international: "international number",
  kind_alphanumeric: "sender name",

  signal_link: "contains a link",
  signal_asks_verification_code: "asks for a verification code",
  signal_asks_id_or_card: "asks for ID-card or bank-card numbers",
  signal_legal_threat: "threatens legal action or home visits",
  signal_urgency: "pressures you to act now",
  signal_repayment_channel_private: "asks for payment to a private account",
  signal_claims_institution: "claims to be a financial institution",

  verdict_unknown: "no verdict yet",
  verdict_suspicious: "suspicious",
  verdict_scam: "scam",
  verdict_trusted: "trusted (official number)",

  reason_no_reports: "Nobody has reported this yet.",
  reason_reported_by_many: "{n} different people reported it in the last {days} days.",
  reason_single_reporter: "Only one person has reported it; one reporter alone can never make it a scam.",
  reason_stale_reports: "Its reports are older than {days} days.",
  reason_strong_signals: "Reported texts asked for codes, ID or card numbers, threatened legal action or carried links — genuine notices do not.",
  reason_campaign: "Its texts belong to message template {campaign}, reported by many people across several senders and links.",
  reason_impersonates_institution: "Reported texts claim to come from {names}, but this number is not one of its official senders.",
  reason_url_shortener: "This is a link shortener: the reputation covers every link behind it.",
  reason_official_sender: "This number is an official sender of {institution} in the registry.",
  reason_possible_spoofing: "{n} report(s) name this official number; scammers spoof official numbers, so check the message content rather than the number.",
  reason_appeal_upheld: "An appeal was upheld by the moderators.",

  region_11: "Beijing", region_12: "Tianjin", region_13: "Hebei", region_14: "Shanxi", region_15: "Inner Mongolia",
  region_21: "Liaoning", region_22: "Jilin", region_23: "Heilongjiang", region_31: "Shanghai", region_32: "Jiangsu",
  region_33: "Zhejiang", region_34: "Anhui", region_35: "Fujian", region_36: "Jiangxi", region_37: "Shandong",
  region_41: "Henan", region_42: "Hubei", region_43: "Hunan", region_44: "Guangdong", region_45: "Guangxi",
  region_46: "Hainan", region_50: "Chongqing", region_51: "Sichuan", region_52: "Guizhou", region_53: "Yunnan",
  region_54: "Xizang (Tibet)", region_61: "Shaanxi", region_62: "Gansu", region_63: "Qinghai", region_64: "Ningxia",
  region_65: "Xinjiang", region_71: "Taiwan", region_81: "Hong Kong", region_82: "Macao",
};

export const DICTIONARIES: Record<Lang, Dictionary> = { "zh-CN": zhCN, "zh-TW": zhTW, en };

/** Names shown in the language switch, each in its own language. */
export const LANG_NAMES: Record<Lang, string> = { "zh-CN": "简体中文", "zh-TW": "繁體中文", en: "English" };

/** BCP 47 tag for the `lang` attribute. */
export const HTML_LANG: Record<Lang, string> = { "zh-CN": "zh-Hans-CN", "zh-TW": "zh-Hant-TW", en: "en" };

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/**
 * Language for a request: an explicit ?lang (or form field) wins; otherwise the first supported
 * Accept-Language entry by quality (zh-TW/zh-HK/zh-MO/zh-Hant → zh-TW, zh → zh-CN, en → en);
 * otherwise zh-CN.
 */
export function pickLang(explicit: string | undefined | null, acceptLanguage: string | undefined | null): Lang {
  if (isLang(explicit)) return explicit;
  const entries = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of entries) {
    if (/^zh-(tw|hk|mo|hant)\b/.test(tag)) return "zh-TW";
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return DEFAULT_LANG;
}

/** Fills {placeholders}; unknown ones are left as they are. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(lang: Lang) {
  const dict = DICTIONARIES[lang];
  return (key: MessageKey, params?: Record<string, string | number>) => format(dict[key], params);
}
export type Translate = ReturnType<typeof translator>;

/** Translated label for a dynamic key (signal_*, kind_*, …) with a fallback for values added later. */
export function labelFor(lang: Lang, prefix: string, value: string): string {
  const dict = DICTIONARIES[lang] as Record<string, string>;
  return dict[`${prefix}${value}`] ?? value;
}
