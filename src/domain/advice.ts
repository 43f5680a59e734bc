/**
 * What to do next, for the public: the steps anti-fraud campaigns repeat (don't reply, don't click,
 * don't call the number in the text, call the official number yourself, report to 12321, 96110 if
 * money already left), as codes with messages in the reader's language.
 */
import { type Lang, listJoin, messageFor } from "./messages";
import type { OfficialContact } from "./official";
import type { Verdict } from "./score";

export interface Advice {
  code: string;
  message: string;
}

export interface AdviceInput {
  verdict: Verdict;
  /** The message has links (or a link was asked about). */
  hasLinks: boolean;
  /** Official contacts of the institutions named, first institution first. */
  officialContacts: readonly OfficialContact[];
  lang: Lang;
}

/** Official numbers quoted in one advice line. */
const NUMBERS_QUOTED = 3;

/**
 * Steps for the reader, most urgent first. A registered official sender gets the one caution that
 * still applies; anything else gets the full list.
 * Example: adviceFor({ verdict: "suspicious", hasLinks: true, officialContacts: [], lang: "en" }).map((a) => a.code)
 *   → ["dont_reply", "dont_click", "dont_call_text_number", "call_official_unknown", "report_12321", "lost_money_96110"]
 */
export function adviceFor(input: AdviceInput): Advice[] {
  const { lang } = input;
  const advice: Advice[] = [];
  const add = (code: string, params?: Record<string, string>) => advice.push({ code, message: messageFor(code, lang, params) });
  const first = input.officialContacts.find((contact) => contact.type === "number");
  const numbers = first
    ? input.officialContacts.filter((contact) => contact.type === "number" && contact.institution === first.institution).slice(0, NUMBERS_QUOTED).map((c) => c.value)
    : [];
  const callOfficial = () => (first ? add("call_official", { organization: first.institution, numbers: listJoin(numbers, lang) }) : add("call_official_unknown"));
  if (input.verdict === "trusted") {
    add("official_still_careful");
    if (first) callOfficial();
    return advice;
  }
  add("dont_reply");
  if (input.hasLinks) add("dont_click");
  add("dont_call_text_number");
  callOfficial();
  add("report_12321");
  add("lost_money_96110");
  return advice;
}
