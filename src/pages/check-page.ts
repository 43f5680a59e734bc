/**
 * The public check page (/check: paste a text, a sender, or type a number or link) and the
 * shareable reputation pages (/n/{number}, /d/{domain}). Without JavaScript the form posts to
 * /check and this module renders the result; public/check.js posts to /api/v1/check instead and
 * builds the same markup (keep class names, order and data-* attributes in step).
 */
import type { Advice } from "../domain/advice";
import type { Lang } from "../domain/messages";
import type { OfficialContact } from "../domain/official";
import type { ReputationView } from "../domain/reputation";
import type { Verdict } from "../domain/score";
import { MAX_TEXT_CHARS } from "../schemas/reports";
import { CHECK_DICTIONARIES, checkTranslator, type CheckTranslate } from "./check-i18n";
import { labelFor, translator } from "./i18n";
import { html, jsonScript, langHref, layout, raw, type SafeHtml } from "./layout";

export const CHECK_FIELDS = ["text", "sender", "url"] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];
export type CheckValues = Partial<Record<CheckField, string>>;

/** What the result box shows: the /check answer's public part. */
export interface CheckView {
  verdict: Verdict;
  score: number;
  reasons: { code: string; message: string }[];
  advice: Advice[];
  officialContacts: OfficialContact[];
  signals: string[];
  claimedInstitution: string | null;
  campaign: { id: string } | null;
  sender: { target: { value: string } } | null;
  domains: { target: { value: string } }[];
}

export interface CheckPageState {
  values?: CheckValues;
  /** Translated message per field. */
  fieldErrors?: Partial<Record<CheckField, string>>;
  formError?: string | null;
  result?: CheckView | null;
}

/** A tel: or https: link for an official contact. */
function contactLink(contact: OfficialContact): SafeHtml {
  return contact.type === "number"
    ? html`<a class="mono" href="${`tel:${contact.value}`}">${contact.value}</a>`
    : html`<a class="mono" href="${`https://${contact.value}/`}" rel="noopener noreferrer">${contact.value}</a>`;
}

export function renderContacts(contacts: readonly OfficialContact[], c: CheckTranslate, headingLevel: number): SafeHtml {
  if (contacts.length === 0) return html``;
  const h = raw(`h${headingLevel}`);
  return html`<${h}>${c("check_official_contacts")}</${h}>
<ul class="contacts">${contacts.map(
    (contact) =>
      html`<li data-contact-type="${contact.type}">${contact.institution} · ${c(contact.type === "number" ? "contact_number" : "contact_domain")}: ${contactLink(contact)}</li>`,
  )}</ul>`;
}

export function renderAdvice(advice: readonly Advice[], c: CheckTranslate, headingLevel: number): SafeHtml {
  if (advice.length === 0) return html``;
  const h = raw(`h${headingLevel}`);
  return html`<section class="advice-box" aria-labelledby="advice-title">
<${h} id="advice-title">${c("check_what_to_do")}</${h}>
<ol class="advice">${advice.map((item) => html`<li data-advice="${item.code}">${item.message}</li>`)}</ol>
</section>`;
}

function verdictLine(verdict: Verdict, score: number, c: CheckTranslate): SafeHtml {
  return html`<p class="verdict-line"><span class="badge">${c(`verdict_${verdict}`)}</span> <span class="score">${c("check_score", { n: score })}</span></p>`;
}

/** The result of a check: verdict, advice and official contacts first, reasons, then the technical ids. */
export function renderCheckResult(lang: Lang, view: CheckView): SafeHtml {
  const c = checkTranslator(lang);
  const targets = [
    ...(view.sender ? [html`<li><a href="${langHref(`/n/${encodeURIComponent(view.sender.target.value)}`, lang)}">${view.sender.target.value}</a></li>`] : []),
    ...view.domains.map((d) => html`<li><a href="${langHref(`/d/${encodeURIComponent(d.target.value)}`, lang)}">${d.target.value}</a></li>`),
  ];
  return html`<section class="result check-result" aria-labelledby="check-result-title" data-verdict="${view.verdict}">
<h2 id="check-result-title" tabindex="-1">${c("check_result_title")}</h2>
<div class="${`verdict verdict-${view.verdict}`}">
${verdictLine(view.verdict, view.score, c)}
<p class="summary">${c(`check_summary_${view.verdict}`)}</p>
</div>
${renderAdvice(view.advice, c, 3)}
${renderContacts(view.officialContacts, c, 3)}
<h3>${c("check_reasons")}</h3>
<ul class="reasons">${view.reasons.map((reason) => html`<li data-reason="${reason.code}">${reason.message}</li>`)}</ul>
<details class="technical">
<summary>${c("check_technical")}</summary>
<dl class="facts">
<dt>${c("check_signals")}</dt><dd data-fact="signals">${view.signals.length > 0 ? view.signals.map((s) => labelFor(lang, "signal_", s)).join("、") : c("check_none")}</dd>
<dt>${c("check_claimed")}</dt><dd data-fact="claimedInstitution">${view.claimedInstitution ?? c("check_none")}</dd>
<dt>${c("check_campaign")}</dt><dd data-fact="campaign" class="mono">${view.campaign?.id ?? c("check_none")}</dd>
</dl>
</details>
${targets.length > 0 ? html`<p class="share">${c("check_share")}:</p><ul class="share-links">${targets}</ul>` : ""}
<p class="again"><a class="button-link" href="${langHref("/", lang)}">${c("check_report_it")}</a></p>
</section>`;
}

function fieldParts(field: CheckField, state: CheckPageState) {
  const message = state.fieldErrors?.[field];
  const describedBy = `${field}-hint ${field}-error`;
  return {
    attrs: raw(` aria-describedby="${describedBy}"${message ? ' aria-invalid="true"' : ""}`),
    error: html`<p class="field-error" id="${`${field}-error`}" data-error-for="${field}"${message ? "" : raw(" hidden")}>${message ?? ""}</p>`,
  };
}

export function renderCheckPage(lang: Lang, state: CheckPageState): string {
  const t = translator(lang);
  const c = checkTranslator(lang);
  const v = state.values ?? {};
  const text = fieldParts("text", state);
  const sender = fieldParts("sender", state);
  const url = fieldParts("url", state);
  const body = html`<h1>${c("check_title")}</h1>
<p class="intro">${c("check_intro")}</p>
<div id="check-result" class="result-slot" aria-live="polite">${state.result ? renderCheckResult(lang, state.result) : ""}</div>
<form id="check-form" class="report-form" method="post" action="/check" accept-charset="utf-8">
<div id="form-error" class="alert" role="alert" tabindex="-1"${state.formError ? raw("") : raw(" hidden")}>${state.formError ?? ""}</div>
<input type="hidden" name="lang" value="${lang}">
<div class="field">
<label for="text">${c("check_field_text")}</label>
<p class="hint" id="text-hint">${c("check_field_text_hint")}</p>
<textarea id="text" name="text" maxlength="${MAX_TEXT_CHARS * 2}" rows="6"${text.attrs}>${v.text ?? ""}</textarea>
${text.error}
</div>
<div class="row">
<div class="field">
<label for="sender">${c("check_field_sender")}</label>
<p class="hint" id="sender-hint">${c("check_field_sender_hint")}</p>
<input id="sender" name="sender" type="text" maxlength="64" autocomplete="off" spellcheck="false" value="${v.sender ?? ""}"${sender.attrs}>
${sender.error}
</div>
<div class="field">
<label for="url">${c("check_field_url")}</label>
<p class="hint" id="url-hint">${c("check_field_url_hint")}</p>
<input id="url" name="url" type="text" inputmode="url" maxlength="2048" autocomplete="off" spellcheck="false" value="${v.url ?? ""}"${url.attrs}>
${url.error}
</div>
</div>
<button type="submit" class="primary-button" data-busy-label="${c("check_checking")}">${c("check_submit")}</button>
</form>`;
  return layout({
    lang,
    t,
    title: c("check_title"),
    body,
    switchPath: "/check",
    head: jsonScript("check-i18n", { lang, messages: CHECK_DICTIONARIES[lang], signals: signalLabels(lang) }),
    scripts: html`<script src="/dom.js" defer></script><script src="/check.js" defer></script>`,
  });
}

function signalLabels(lang: Lang): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const signal of ["link", "asks_verification_code", "asks_id_or_card", "legal_threat", "urgency", "repayment_channel_private", "claims_institution", "scam_language"]) {
    labels[signal] = labelFor(lang, "signal_", signal);
  }
  return labels;
}

/** /n/{number} and /d/{domain}: the public reputation of one target, with advice and official contacts. */
export function renderTargetPage(lang: Lang, view: ReputationView & { officialContacts: OfficialContact[] }, advice: Advice[], path: string): string {
  const t = translator(lang);
  const c = checkTranslator(lang);
  const isSender = view.target.type === "sender";
  const title = c(isSender ? "target_number_title" : "target_domain_title", { target: view.target.value });
  const reported = view.reports.total > 0;
  const body = html`<h1>${title}</h1>
<section class="result target-result" aria-labelledby="target-verdict-title" data-verdict="${view.verdict}">
<h2 id="target-verdict-title">${c("check_result_title")}</h2>
<div class="${`verdict verdict-${view.verdict}`}">
${verdictLine(view.verdict, view.score, c)}
<p class="counts" data-fact="reports">${reported ? c("target_reports", { n: view.reports.total, m: view.reports.distinctReporters, k: view.reports.last30Days }) : c("target_no_reports")}</p>
${view.lastSeen ? html`<p class="last-seen">${c("target_last_seen", { date: view.lastSeen.slice(0, 10) })}</p>` : ""}
${view.claimedInstitutions.length > 0 ? html`<p class="claimed">${c("target_claimed")}: ${view.claimedInstitutions.map((i) => i.name).join("、")}</p>` : ""}
</div>
${renderAdvice(advice, c, 3)}
${renderContacts(view.officialContacts, c, 3)}
<h3>${c("check_reasons")}</h3>
<ul class="reasons">${view.reasons.map((reason) => html`<li data-reason="${reason.code}">${reason.message}</li>`)}</ul>
</section>
<p class="again"><a class="button-link" href="${langHref("/check", lang)}">${c("check_first_link")}</a> <a href="${langHref("/", lang)}">${c("check_report_it")}</a></p>`;
  return layout({
    lang,
    t,
    title,
    body,
    switchPath: path,
    // Targets nobody reported are not worth a search result (and must not look like accusations).
    head: reported ? undefined : raw(`<meta name="robots" content="noindex">`),
  });
}

/** The check-first hint on the report form. */
export function checkFirstHint(lang: Lang): SafeHtml {
  const c = checkTranslator(lang);
  return html`<p class="check-first">${c("check_first")} <a href="${langHref("/check", lang)}">${c("check_first_link")}</a></p>`;
}
