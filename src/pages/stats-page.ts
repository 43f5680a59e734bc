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
    notStated: "另有 {n} 条举报未注明冒充的机构。",
    dailySummary: "{from} 至 {to} 共 {days} 天，{total} 条举报；最多的一天是 {maxDay}（{max} 条）；{zero} 天没有举报。",
    listSummary: "{items}。",
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
    notStated: "另有 {n} 則檢舉未註明冒充的機構。",
    dailySummary: "{from} 至 {to} 共 {days} 天，{total} 則檢舉；最多的一天是 {maxDay}（{max} 則）；{zero} 天沒有檢舉。",
    listSummary: "{items}。",
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
    notStated: "Another {n} reports did not state an institution.",
    dailySummary: "{days} days from {from} to {to}, {total} reports; the busiest day was {maxDay} ({max}); {zero} days had none.",
    listSummary: "{items}.",
    kind: { mobile: "Mobile", sms_port: "106 port", service: "Service", short_code: "Short code", landline: "Landline", international: "International", alphanumeric: "Name", other: "Other" },
  },
} as const;

const fill = (template: string, params: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ""));

const DAY_MS = 86_400_000;
const BAR_AREA = 140;
const AXIS_AREA = 24;

/** Every calendar day from `from` to `to` (YYYY-MM-DD, both included). */
export function everyDay(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end && days.length <= 366; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * One bar per day of the range, days without reports as a 1 px stub, a date axis underneath.
 * No viewBox: x positions are percentages and heights pixels, so the labels keep their CSS size
 * (12 px) on a 390 px phone instead of shrinking with the drawing. data-day and data-reports on
 * each rect for tests; <title> and <desc> name the chart for screen readers.
 */
function dailyChart(view: PublicView, t: (typeof TEXT)[Lang]): SafeHtml {
  const days = everyDay(view.from, view.to);
  const counts = new Map(view.daily.map((row) => [String(row.day), Number(row.reports)]));
  const values = days.map((day) => counts.get(day) ?? 0);
  const max = Math.max(1, ...values);
  const busiest = values.indexOf(Math.max(...values));
  const step = 100 / Math.max(1, days.length);
  const bars = days.map((day, i) => {
    const value = values[i] ?? 0;
    const h = value > 0 ? Math.max(2, Math.round((value / max) * (BAR_AREA - 10))) : 1;
    return html`<rect class="${value > 0 ? "bar" : "bar zero"}" x="${(i * step + step * 0.1).toFixed(3)}%" y="${BAR_AREA - h}" width="${(step * 0.8).toFixed(3)}%" height="${h}" data-day="${day}" data-reports="${value}"><title>${day}: ${value}</title></rect>`;
  });
  const tickCount = Math.min(days.length, 5);
  const ticks = Array.from({ length: tickCount }, (_, k) => (tickCount === 1 ? 0 : Math.round((k * (days.length - 1)) / (tickCount - 1))));
  const labels = ticks.map((index, k) => {
    const [anchor, x] = k === 0 ? ["start", index * step] : k === tickCount - 1 ? ["end", (index + 1) * step] : ["middle", (index + 0.5) * step];
    return html`<text class="tick" x="${x.toFixed(3)}%" y="${BAR_AREA + 17}" text-anchor="${anchor}" data-tick="${days[index]}">${days[index]?.slice(5)}</text>`;
  });
  const summary = fill(t.dailySummary, {
    days: days.length,
    from: view.from,
    to: view.to,
    total: values.reduce((a, b) => a + b, 0),
    maxDay: days[busiest] ?? view.to,
    max: Math.max(...values),
    zero: values.filter((value) => value === 0).length,
  });
  return html`<svg class="chart" id="chart-daily" width="100%" height="${BAR_AREA + AXIS_AREA}" role="img" aria-labelledby="chart-daily-title chart-daily-desc"><title id="chart-daily-title">${t.daily}</title><desc id="chart-daily-desc">${summary}</desc><line class="grid" x1="0" x2="100%" y1="10" y2="10"></line><text class="scale" x="100%" y="8" text-anchor="end">${max}</text>${bars}<line class="axis" x1="0" x2="100%" y1="${BAR_AREA + 0.5}" y2="${BAR_AREA + 0.5}"></line>${labels}</svg>`;
}

/** Horizontal bars with labels; like the daily chart, sized in pixels and percentages (no viewBox). */
function barList(id: string, title: string, rows: { label: string; value: number }[], t: (typeof TEXT)[Lang]): SafeHtml {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowHeight = 24;
  const items = rows.map((row, i) => {
    const w = Math.max(0.5, (row.value / max) * 45);
    return html`<text x="0" y="${i * rowHeight + 16}" class="label">${row.label}</text><rect class="bar" x="40%" y="${i * rowHeight + 5}" width="${w.toFixed(2)}%" height="14" data-value="${row.value}"></rect><text x="${(40 + w).toFixed(2)}%" dx="6" y="${i * rowHeight + 16}" class="value">${row.value}</text>`;
  });
  const summary = fill(t.listSummary, { items: rows.map((row) => `${row.label} ${row.value}`).join(", ") });
  return html`<svg class="chart" id="${id}" width="100%" height="${Math.max(rows.length, 1) * rowHeight}" role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${title}</title><desc id="${id}-desc">${summary}</desc>${items}</svg>`;
}

export function renderStatsPage(lang: Lang, view: PublicView): string {
  const t = TEXT[lang];
  const kindTotals = new Map<string, number>();
  for (const row of view.dailyBySenderKind) kindTotals.set(String(row.senderKind), (kindTotals.get(String(row.senderKind)) ?? 0) + Number(row.reports));
  const totalByKind = [...kindTotals.values()].reduce((a, b) => a + b, 0);
  const pct = (kind: string) => (totalByKind ? Math.round((100 * (kindTotals.get(kind) ?? 0)) / totalByKind) : 0);
  const kindLabel = (kind: string) => (t.kind as Record<string, string>)[kind] ?? kind;
  const institutions = new Map<string, number>();
  let notStated = 0;
  for (const row of view.topInstitutions) {
    // Reports that name no institution are not an institution: counted apart, below the chart.
    if (row.institution === "unknown") notStated += Number(row.reports);
    else institutions.set(String(row.institution), (institutions.get(String(row.institution)) ?? 0) + Number(row.reports));
  }
  const institutionLabel = (label: string) => (label === "other" ? t.kind.other : label);
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
<section class="card"><h2>${t.daily}</h2>${view.daily.length ? dailyChart(view, t) : empty}</section>
<section class="card"><h2>${t.kinds}</h2><p class="share" id="port-share">${fill(t.share, { port: pct("sms_port"), mobile: pct("mobile") })}</p>${kindRows.length ? barList("chart-kinds", t.kinds, kindRows, t) : empty}</section>
<section class="card"><h2>${t.institutions}</h2>${institutionRows.length ? barList("chart-institutions", t.institutions, institutionRows, t) : empty}${
    notStated > 0 ? html`<p class="muted" id="institutions-not-stated">${fill(t.notStated, { n: notStated })}</p>` : ""
  }</section>
<section class="card"><h2>${t.domains}</h2>${
    domains.length
      ? html`<table id="table-domains"><thead><tr><th>${t.domain}</th><th>${t.reports}</th><th>${t.reporters}</th></tr></thead><tbody>${domains.map(
          ([domain, total]) => html`<tr><td><code>${domain}</code></td><td>${total.reports}</td><td>≥ ${total.reporters}</td></tr>`,
        )}</tbody></table>`
      : empty
  }</section>`;
  return layout({ lang, t: translator(lang), title: t.title, body, switchPath: "/stats", head: raw("") });
}
