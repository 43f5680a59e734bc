/**
 * Shared vocabulary of the pure domain layer. Domain modules import nothing but each other,
 * tldts and libphonenumber-js: no hono, drizzle or Env here.
 */

export const SENDER_KINDS = [
  "mobile",
  "landline",
  "service",
  "short_code",
  "sms_port",
  "international",
  "alphanumeric",
] as const;
export type SenderKind = (typeof SENDER_KINDS)[number];

export interface NormalisedSender {
  /** What the user wrote, trimmed. */
  input: string;
  /** Canonical form: E.164 for mobile/landline/international, bare digits for service/short_code/sms_port, upper-case name for alphanumeric. */
  normalized: string;
  kind: SenderKind;
  /** ISO 3166 alpha-2 country, or null when unknown (alphanumeric). */
  country: string | null;
}

export interface ExtractedLink {
  /** The link as rebuilt after de-obfuscation, with scheme, e.g. "http://xx.example/abc". */
  url: string;
  /** Lower-case host in ASCII (punycode for IDN), e.g. "a.xx.example". */
  host: string;
  /**
   * The domain target it is judged as: the registrable domain (eTLD+1, PSL private section included),
   * e.g. "xx.example", or the host itself on platforms and official domains ("u.jd.com", src/domain/platforms.ts).
   */
  domain: string;
  /** True when the host is a known URL shortener (t.cn, bit.ly, …). */
  shortener: boolean;
}

export const SIGNALS = [
  "link",
  "asks_verification_code",
  "asks_id_or_card",
  "legal_threat",
  "urgency",
  "repayment_channel_private",
  "claims_institution",
  // Issue 23: ideas the fraud typologies of src/domain/typologies.ts are built from.
  "upfront_fee",
  "refund_lure",
  "account_cancellation",
  "screen_share_or_app",
  "asks_personal_info",
  "relative_new_number",
  "prize_claim",
  "premium_rate",
  // Learned wording model (src/domain/scam-language.ts), in the high or very-high tier.
  "scam_language",
] as const;
export type Signal = (typeof SIGNALS)[number];

/** v1's five first, so v1 clients keep working; then the scam types of the typologies (src/domain/typologies.ts TYPOLOGY_CATEGORY). */
export const CATEGORIES = [
  "fake_collection",
  "phishing",
  "loan_scam",
  "impersonation",
  "other",
  "task_rebate",
  "investment",
  "customer_service",
  "police_impersonation",
  "credit_repair",
  "acquaintance",
  "game_trade",
  "romance",
  "military_purchase",
  "prize",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CARRIERS = ["china_mobile", "china_unicom", "china_telecom", "china_broadnet", "other"] as const;
export type Carrier = (typeof CARRIERS)[number];
