/**
 * Field messages of validation problems (`errors[].message`) in the request's language. zod's own
 * messages are rewritten with its zh-CN and zh-TW locales; this service's custom ones come from
 * the table below; anything else stays in English. Paths never change.
 */
import * as z from "zod";
import type { Lang } from "../domain/messages";

/** src/lib/errors.ts FieldIssue (not imported: errors.ts imports this module). */
interface FieldIssue {
  path: string;
  message: string;
}

type Chinese = Exclude<Lang, "en">;

/** The service's own field messages (src/schemas, src/routes), by their English wording. */
const CUSTOM: Readonly<Record<string, Record<Chinese, string>>> = {
  "Not a phone number, SMS port or sender name.": { "zh-CN": "不是手机号、短信端口或发送方名称。", "zh-TW": "不是手機號碼、簡訊埠號或發送方名稱。" },
  "Required.": { "zh-CN": "必填。", "zh-TW": "必填。" },
  "Required (or use forwarded).": { "zh-CN": "必填（或改用 forwarded）。", "zh-TW": "必填（或改用 forwarded）。" },
  "Text must not be empty.": { "zh-CN": "短信内容不能为空。", "zh-TW": "簡訊內容不能為空。" },
  "Use a GB/T 2260 division code such as 44 or 4403.": {
    "zh-CN": "请使用 GB/T 2260 行政区划代码，例如 44 或 4403。",
    "zh-TW": "請使用 GB/T 2260 行政區劃代碼，例如 44 或 4403。",
  },
  "Send either forwarded or sender and text, not both.": {
    "zh-CN": "请只发送 forwarded，或只发送 sender 和 text，不要同时发送。",
    "zh-TW": "請只傳送 forwarded，或只傳送 sender 和 text，不要同時傳送。",
  },
};

const LOCALES: Record<Chinese, ReturnType<typeof z.locales.zhCN>> = { "zh-CN": z.locales.zhCN(), "zh-TW": z.locales.zhTW() };
const ENGLISH = z.locales.en();

/** A value of the type zod names in "received number", so its locales can say the same. */
const SAMPLE_OF: Record<string, unknown> = { string: "", number: 0, boolean: false, bigint: 0n, null: null, array: [], object: {}, undefined: undefined, nan: Number.NaN };

/** Translations of issues made by issuesFromZod, looked up when the problem is written. */
const translations = new WeakMap<FieldIssue, Record<Chinese, string>>();

/** Remembers the Chinese wording of a zod issue's field message, when zod wrote it (not a schema's own text). */
export function rememberTranslations(field: FieldIssue, issue: z.core.$ZodIssue): void {
  const received = /received (\w+)$/.exec(issue.message)?.[1];
  const raw = { ...issue, input: received !== undefined ? SAMPLE_OF[received] : undefined } as unknown as z.core.$ZodRawIssue;
  if (ENGLISH.localeError(raw) !== issue.message) return;
  const wording = (lang: Chinese) => {
    const message = LOCALES[lang].localeError(raw);
    return typeof message === "string" ? message : (message?.message ?? issue.message);
  };
  translations.set(field, { "zh-CN": wording("zh-CN"), "zh-TW": wording("zh-TW") });
}

/** The field messages in a language: zod's and this service's own translated, others as they are. */
export function localiseFieldIssues(errors: FieldIssue[] | undefined, lang: Lang): FieldIssue[] | undefined {
  if (!errors || lang === "en") return errors;
  return errors.map((field) => {
    const message = translations.get(field)?.[lang] ?? CUSTOM[field.message]?.[lang];
    return message ? { path: field.path, message } : field;
  });
}
