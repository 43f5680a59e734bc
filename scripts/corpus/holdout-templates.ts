/**
 * The hold-out split. Set #16, written blind to the patterns, was measured in session 12 and retired
 * into tuning (scripts/corpus/retired-holdout-16.ts); the next blind set is merged here and measured
 * once. Until then every list is empty and `npm run eval` reports the hold-out split as not measured.
 * Never tune on these: `npm run eval` measures them; `--misses` is for the tune split.
 */
import type { TypologyId } from "../../src/domain/typologies";
import type { GenuineCategory } from "./genuine-templates";

export const HOLDOUT_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [],
  task_rebate: [],
  investment: [],
  fake_loan: [],
  customer_service: [],
  police_impersonation: [],
  credit_repair: [],
  acquaintance: [],
  game_trade: [],
  romance: [],
  military_purchase: [],
  prize: [],
  premium_rate: [],
  parcel_fee: [],
  account_lock: [],
  tax_refund: [],
};

export const HOLDOUT_GENUINE: Record<GenuineCategory, string[]> = {
  bank: [],
  lender: [],
  otp: [],
  delivery: [],
  appointment: [],
  marketing: [],
  personal: [],
  government: [],
  english: [],
};
