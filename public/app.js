// Report form enhancement: POST JSON to the API, show the result inline (no-JS: POST /report).
// Labels: the server's <script type="application/json" id="i18n">. Mirrors src/pages/report-form.ts.
(() => {
  "use strict";
  const form = document.getElementById("report-form");
  const blob = document.getElementById("i18n");
  if (!form || !blob || !window.fetch || !window.FormData || !window.Fanzha) return;
  const { lang, maxTextChars, messages: M } = JSON.parse(blob.textContent);
  const FIELDS = ["sender", "text", "receivedAt", "carrier", "region", "category", "claimedInstitution"];
  const result = document.getElementById("result");
  const formError = document.getElementById("form-error");
  const button = form.querySelector("button[type=submit]");
  const buttonLabel = button.textContent;

  const fmt = (s, p = {}) => s.replace(/\{(\w+)\}/g, (w, n) => (n in p ? String(p[n]) : w));
  const t = (key, p) => fmt(M[key] ?? key, p);
  const label = (prefix, value) => M[prefix + value] ?? value;

  const { Fanzha } = window;
  const { el, nextSteps, showResult } = Fanzha;

  const tags = (items, cls) =>
    items.length ? el("ul", { class: ("tags " + (cls || "")).trim() }, items.map((i) => el("li", null, i))) : el("span", { class: "none" }, t("result_none"));

  // Reasons arrive in the page's language (the lookup is asked with ?lang=).
  const reasonText = (reason) => reason.message;

  function renderVerdict(view) {
    return el(
      "div",
      { class: "verdict verdict-" + view.verdict, "data-verdict": view.verdict },
      el("h3", null, t("result_verdict_title")),
      el("p", { class: "verdict-line" }, el("span", { class: "badge" }, label("verdict_", view.verdict)), " ", el("span", { class: "score" }, t("result_score", { n: view.score }))),
      el("p", { class: "counts" }, t("result_reports", { n: view.reports.total, m: view.reports.distinctReporters, k: view.reports.last30Days })),
      view.official && el("p", { class: "official" }, t("result_official", { institution: view.official.institution })),
      view.reasons.length > 0 && [
        el("p", { class: "reasons-title" }, t("result_reasons")),
        el("ul", { class: "reasons" }, view.reasons.map((r) => el("li", { "data-reason": r.code }, reasonText(r)))),
      ],
    );
  }

  function renderResult(created, view, check) {
    const s = created.sender;
    const pair = (key, name, ...c) => [el("dt", null, t(key)), el("dd", { "data-fact": name }, ...c)];
    return el(
      "section",
      { class: "result", "aria-labelledby": "result-title" },
      el("h2", { id: "result-title", tabindex: "-1" }, t("result_title")),
      created.duplicate && el("p", { class: "notice", "data-duplicate": "true" }, t("result_duplicate")),
      nextSteps(t, check),
      el(
        "dl",
        { class: "facts" },
        pair(
          "result_sender",
          "sender",
          el("strong", { class: "mono" }, s.normalized),
          " ",
          el("span", { class: "kind" }, label("kind_", s.kind)),
          s.input !== s.normalized && [el("br"), el("small", null, t("result_sender_input") + ": ", el("span", { class: "mono" }, s.input))],
        ),
        pair("result_domains", "domains", tags(created.domains, "mono")),
        pair("result_signals", "signals", tags(created.signals.map((x) => label("signal_", x)), "signals")),
        pair("result_claimed", "claimedInstitution", created.claimedInstitution || el("span", { class: "none" }, t("result_unknown"))),
        created.category && pair("result_category", "category", label("category_", created.category)),
        created.callbackNumbers.length > 0 && pair("result_callbacks", "callbackNumbers", tags(created.callbackNumbers, "mono")),
        pair("result_campaign", "campaign", el("span", { class: "mono" }, created.campaignId), el("br"), el("small", null, t("result_campaign_hint"))),
        el("dt", null, t("result_report_id")),
        el("dd", { "data-fact": "id", class: "mono" }, created.id),
      ),
      view ? renderVerdict(view) : el("p", { class: "notice" }, t("result_lookup_failed")),
    );
  }

  const clearErrors = () => Fanzha.clearErrors(form, formError, FIELDS);

  function showProblem(problem) {
    const code = problem.code || "";
    let fieldErrors = 0;
    for (const issue of problem.errors || []) {
      const p = FIELDS.includes(issue.path) && document.getElementById(issue.path + "-error");
      if (!p || !p.hidden) continue;
      const key = issue.path === "sender" && code === "invalid_sender" ? "err_field_sender_invalid" : M["err_field_" + issue.path] ? "err_field_" + issue.path : "err_field_other";
      p.textContent = t(key, { max: maxTextChars });
      p.hidden = false;
      form.elements[issue.path]?.setAttribute("aria-invalid", "true");
      fieldErrors++;
    }
    showAlert(t(fieldErrors ? "form_has_errors" : M["err_" + code] ? "err_" + code : "err_generic"));
  }

  const showAlert = (text) => Fanzha.showAlert(formError, text);

  // China Standard Time, as the label says (same as src/routes/pages.ts).
  function receivedAtIso(v) {
    const m = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.exec(v);
    return m ? v + (m[1] ? "" : ":00") + "+08:00" : v;
  }

  const newToken = () => (crypto.randomUUID ? crypto.randomUUID() : Date.now() + "-" + Math.random().toString(36).slice(2));
  let busy = false;

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    button.disabled = true;
    button.textContent = button.dataset.busyLabel || buttonLabel;
    clearErrors();
    result.replaceChildren();
    const data = new FormData(form);
    const body = {};
    for (const field of FIELDS) {
      const v = data.get(field);
      if (typeof v === "string" && v.trim() !== "") body[field] = field === "receivedAt" ? receivedAtIso(v) : v;
    }
    const headers = { "content-type": "application/json", accept: "application/json" };
    const token = form.elements.idempotencyToken;
    if (token && token.value) headers["idempotency-key"] = token.value;
    const human = data.get("cf-turnstile-response");
    if (human) headers["cf-turnstile-response"] = human;
    try {
      const res = await fetch("/api/v1/reports", { method: "POST", headers, body: JSON.stringify(body), credentials: "same-origin" });
      if (!res.ok) {
        showProblem(await res.json().catch(() => ({})));
        window.turnstile?.reset();
        return;
      }
      const created = await res.json();
      const q = "?lang=" + encodeURIComponent(lang);
      const read = (promise) => promise.then((r) => (r.ok ? r.json() : null)).catch(() => null);
      // The sender's reputation for the verdict box; /check for the advice and official contacts.
      const [view, check] = await Promise.all([
        read(fetch("/api/v1/senders/" + encodeURIComponent(created.sender.normalized) + q)),
        read(fetch("/api/v1/check" + q, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sender: created.sender.normalized, text: body.text }) })),
      ]);
      form.reset();
      if (token) token.value = newToken();
      window.turnstile?.reset();
      showResult(result, renderResult(created, view, check), "result-title");
    } catch {
      showAlert(t("err_network"));
    } finally {
      busy = false;
      button.disabled = false;
      button.textContent = buttonLabel;
    }
  });
})();
