/**
 * The public statistics page: server-rendered inline SVG charts (no chart library, works without
 * JavaScript) drawn from the suppressed public view. Pure: data in, HTML out.
 */
import type { Lang } from "./i18n";
import { translator } from "./i18n";
import { html, layout, raw, type SafeHtml } from "./layout";

interface PublicView {
  from: string;
  to: string;
  daily: Record<string, string | number>[];
  dailyBySenderKind: Record<string, string | number>[];
  topInstitutions: Record<string, string | number>[];
  topDomains: Record<string, string | number>[];
}

const TEXT = {
  "zh-CN": {
    title: "诈骗短信统计",
    intro: "全国公开举报的汇总（中国标准时间日历日）。少于 3 位不同举报人的格子并入“其他”，以保护举报人隐私。",
    daily: "每日举报数",
    kinds: "发送方类型",
    share: "106 端口 {port}% · 手机号 {mobile}%",
    institutions: "被冒充最多的机构（本月与上月）",
    domains: "举报最多的链接域名（本月与上月）",
    domain: "域名",
    reports: "举报数",
    reporters: "举报人",
    empty: "暂无可公开的数据。",
    unknown: "未注明",
    kind: { mobile: "手机号", sms_port: "106 端口", service: "服务号", short_code: "短号码", landline: "固话", international: "境外号码", alphanumeric: "名称", other: "其他" },
  },
  "zh-TW": {
    title: "詐騙簡訊統計",
    intro: "全國公開檢舉的彙總（中國標準時間日曆日）。少於 3 位不同檢舉人的格子併入「其他」，以保護檢舉人隱私。",
    daily: "每日檢舉數",
    kinds: "發送方類型",
    share: "106 埠 {port}% · 手機號 {mobile}%",
    institutions: "被冒充最多的機構（本月與上月）",
    domains: "檢舉最多的連結網域（本月與上月）",
    domain: "網域",
    reports: "檢舉數",
    reporters: "檢舉人",
    empty: "暫無可公開的資料。",
    unknown: "未註明",
    kind: { mobile: "手機號", sms_port: "106 埠", service: "服務號", short_code: "短號碼", landline: "市話", international: "境外號碼", alphanumeric: "名稱", other: "其他" },
  },
  en: {
    title: "Scam SMS statistics",
    intro: "National totals of public reports (China Standard Time calendar days). Cells with fewer than 3 distinct reporters are folded into “other” to protect reporters.",
    daily: "Reports per day",
    kinds: "Sender kinds",
    share: "106 ports {port}% · mobile numbers {mobile}%",
    institutions: "Most impersonated institutions (this and last month)",
    domains: "Most reported link domains (this and last month)",
    domain: "Domain",
    reports: "Reports",
    reporters: "Reporters",
    empty: "Nothing to publish yet.",
    unknown: "Not stated",
    kind: { mobile: "Mobile", sms_port: "106 port", service: "Service", short_code: "Short code", landline: "Landline", international: "International", alphanumeric: "Name", other: "Other" },
  },
} as const;

const fill = (template: string, params: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ""));

/** Vertical bars, one per day: data-day and data-reports on each rect for tests and tooltips. */
function dailyChart(rows: Record<string, string | number>[], label: string): SafeHtml {
  const width = 640;
  const height = 160;
  const max = Math.max(1, ...rows.map((r) => Number(r.reports)));
  const step = rows.length > 0 ? width / rows.length : width;
  const bars = rows.map((row, i) => {
    const h = Math.max(1, Math.round((Number(row.reports) / max) * (height - 20)));
    return html`<rect class="bar" x="${(i * step + 1).toFixed(1)}" y="${height - h}" width="${Math.max(1, step - 2).toFixed(1)}" height="${h}" data-day="${row.day}" data-reports="${row.reports}"><title>${row.day}: ${row.reports}</title></rect>`;
  });
  return html`<svg class="chart" id="chart-daily" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}" preserveAspectRatio="none">${bars}</svg>`;
}

/** Horizontal bars; `label` names the chart for screen readers (an svg image needs an accessible name). */
function barList(id: string, rows: { label: string; value: number }[], label: string): SafeHtml {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowHeight = 22;
  const height = rows.length * rowHeight;
  const items = rows.map((row, i) => {
    const w = Math.max(2, Math.round((row.value / max) * 380));
    return html`<text x="0" y="${i * rowHeight + 15}" class="label">${row.label}</text><rect class="bar" x="220" y="${i * rowHeight + 4}" width="${w}" height="14" data-value="${row.value}"></rect><text x="${226 + w}" y="${i * rowHeight + 15}" class="value">${row.value}</text>`;
  });
  return html`<svg class="chart" id="${id}" viewBox="0 0 640 ${Math.max(height, rowHeight)}" role="img" aria-label="${label}">${items}</svg>`;
}

export function renderStatsPage(lang: Lang, view: PublicView): string {
  const t = TEXT[lang];
  const kindTotals = new Map<string, number>();
  for (const row of view.dailyBySenderKind) kindTotals.set(String(row.senderKind), (kindTotals.get(String(row.senderKind)) ?? 0) + Number(row.reports));
  const totalByKind = [...kindTotals.values()].reduce((a, b) => a + b, 0);
  const pct = (kind: string) => (totalByKind ? Math.round((100 * (kindTotals.get(kind) ?? 0)) / totalByKind) : 0);
  const kindLabel = (kind: string) => (t.kind as Record<string, string>)[kind] ?? kind;
  const institutions = new Map<string, number>();
  for (const row of view.topInstitutions) institutions.set(String(row.institution), (institutions.get(String(row.institution)) ?? 0) + Number(row.reports));
  const institutionLabel = (label: string) => (label === "other" ? t.kind.other : label === "unknown" ? t.unknown : label);
  const institutionRows = [...institutions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([label, value]) => ({ label: institutionLabel(label), value }));
  const kindRows = [...kindTotals.entries()].sort((a, b) => b[1] - a[1]).map(([kind, value]) => ({ label: kindLabel(kind), value }));
  // The view has one row per month and domain; the table sums the two months.
  const domainTotals = new Map<string, { reports: number; reporters: number }>();
  for (const row of view.topDomains) {
    if (row.domain === "other") continue;
    const total = domainTotals.get(String(row.domain)) ?? { reports: 0, reporters: 0 };
    total.reports += Number(row.reports);
    total.reporters = Math.max(total.reporters, Number(row.distinctReporters));
    domainTotals.set(String(row.domain), total);
  }
  const domains = [...domainTotals.entries()].sort((a, b) => b[1].reports - a[1].reports).slice(0, 15);
  const empty = html`<p class="muted">${t.empty}</p>`;
  const body = html`<h1>${t.title}</h1>
<p class="lead">${t.intro} ${view.from} – ${view.to}</p>
<section class="card"><h2>${t.daily}</h2>${view.daily.length ? dailyChart(view.daily, t.daily) : empty}</section>
<section class="card"><h2>${t.kinds}</h2><p class="share" id="port-share">${fill(t.share, { port: pct("sms_port"), mobile: pct("mobile") })}</p>${kindRows.length ? barList("chart-kinds", kindRows, t.kinds) : empty}</section>
<section class="card"><h2>${t.institutions}</h2>${institutionRows.length ? barList("chart-institutions", institutionRows, t.institutions) : empty}</section>
<section class="card"><h2>${t.domains}</h2>${
    domains.length
      ? html`<table id="table-domains"><thead><tr><th>${t.domain}</th><th>${t.reports}</th><th>${t.reporters}</th></tr></thead><tbody>${domains.map(
          ([domain, total]) => html`<tr><td><code>${domain}</code></td><td>${total.reports}</td><td>≥ ${total.reporters}</td></tr>`,
        )}</tbody></table>`
      : empty
  }</section>`;
  return layout({ lang, t: translator(lang), title: t.title, body, switchPath: "/stats", head: raw("") });
}
