/**
 * Problem titles and details in Chinese: the English ones of src/lib/errors.ts are the `en`
 * wording; a request in zh-CN or zh-TW gets these instead (codes and field paths never change).
 * A detail in Chinese is the code's general explanation: the English detail may name the input.
 */
import type { Lang } from "../domain/messages";

type Wording = { title: string; detail: string };

/** Keyed by error code (src/lib/errors.ts ERROR_CODES; a test checks every code has an entry). */
export const PROBLEM_MESSAGES: Readonly<Record<string, Record<Exclude<Lang, "en">, Wording>>> = {
  invalid_body: {
    "zh-CN": { title: "请求内容无效", detail: "请求内容缺少必填项或格式不对，见 errors 中每个字段的说明。" },
    "zh-TW": { title: "請求內容無效", detail: "請求內容缺少必填項或格式不對，見 errors 中每個欄位的說明。" },
  },
  invalid_json: {
    "zh-CN": { title: "JSON 格式错误", detail: "请求体不是有效的 JSON。" },
    "zh-TW": { title: "JSON 格式錯誤", detail: "請求主體不是有效的 JSON。" },
  },
  invalid_query: {
    "zh-CN": { title: "查询参数无效", detail: "查询参数不符合要求，见 errors 中每个参数的说明。" },
    "zh-TW": { title: "查詢參數無效", detail: "查詢參數不符合要求，見 errors 中每個參數的說明。" },
  },
  invalid_sender: {
    "zh-CN": { title: "不是有效的发送方号码或名称", detail: "它不是手机号、固定电话、短信端口或发送方名称。" },
    "zh-TW": { title: "不是有效的發送方號碼或名稱", detail: "它不是手機號碼、市話、簡訊埠號或發送方名稱。" },
  },
  invalid_domain: {
    "zh-CN": { title: "不是有效的域名", detail: "它不是链接、主机名或域名。" },
    "zh-TW": { title: "不是有效的網域", detail: "它不是連結、主機名稱或網域。" },
  },
  unsupported_media_type: {
    "zh-CN": { title: "不支持的内容类型", detail: "请发送 application/json 或 application/x-www-form-urlencoded。" },
    "zh-TW": { title: "不支援的內容類型", detail: "請傳送 application/json 或 application/x-www-form-urlencoded。" },
  },
  payload_too_large: {
    "zh-CN": { title: "请求内容过大", detail: "请求体超过了大小上限。" },
    "zh-TW": { title: "請求內容過大", detail: "請求主體超過了大小上限。" },
  },
  unauthorized: {
    "zh-CN": { title: "缺少或无效的 API 密钥", detail: "API 密钥缺失、未知或已被吊销。" },
    "zh-TW": { title: "缺少或無效的 API 金鑰", detail: "API 金鑰缺失、未知或已被撤銷。" },
  },
  forbidden: {
    "zh-CN": { title: "此密钥的角色无权执行该操作", detail: "请使用具有相应角色的密钥。" },
    "zh-TW": { title: "此金鑰的角色無權執行該操作", detail: "請使用具有相應角色的金鑰。" },
  },
  not_found: {
    "zh-CN": { title: "未找到", detail: "请求的资源或路径不存在。" },
    "zh-TW": { title: "找不到", detail: "請求的資源或路徑不存在。" },
  },
  method_not_allowed: {
    "zh-CN": { title: "不允许的请求方法", detail: "这个路径不接受该请求方法。" },
    "zh-TW": { title: "不允許的請求方法", detail: "這個路徑不接受該請求方法。" },
  },
  conflict: {
    "zh-CN": { title: "冲突", detail: "请求与当前状态冲突。" },
    "zh-TW": { title: "衝突", detail: "請求與目前狀態衝突。" },
  },
  rate_limited: {
    "zh-CN": { title: "请求过于频繁", detail: "请按 Retry-After 头给出的秒数稍后再试。" },
    "zh-TW": { title: "請求過於頻繁", detail: "請按 Retry-After 標頭給出的秒數稍後再試。" },
  },
  captcha_failed: {
    "zh-CN": { title: "人机验证未通过", detail: "请重新完成人机验证后再提交。" },
    "zh-TW": { title: "人機驗證未通過", detail: "請重新完成人機驗證後再提交。" },
  },
  internal: {
    "zh-CN": { title: "内部错误", detail: "服务器出错了；请求编号可以帮助我们找到问题。" },
    "zh-TW": { title: "內部錯誤", detail: "伺服器出錯了；請求編號可以幫助我們找到問題。" },
  },
  unavailable: {
    "zh-CN": { title: "服务暂时不可用", detail: "存储暂时不可用，请稍后再试。" },
    "zh-TW": { title: "服務暫時無法使用", detail: "儲存暫時無法使用，請稍後再試。" },
  },
};

/** The title and detail of a problem in a language; English keeps the error's own wording. */
export function problemWording(code: string, lang: Lang, english: Wording): Wording {
  const wording = PROBLEM_MESSAGES[code];
  return lang === "en" || !wording ? english : wording[lang];
}
