/**
 * Typology detection on the labelled corpus of data/corpus (README there): each text goes through
 * exactly what /check does with content alone (no sender, empty database) — analyseContent, the
 * typology, contentPoints capped at CONTENT_CAP — and counts as flagged at the app audience's
 * `suspicious` threshold. Prints recall per typology (flagged, and flagged as the right typology)
 * and the false-flag rate per genuine category, on the hold-out split unless `--split tune`.
 *   npx tsx scripts/eval-typologies.ts [--split tune|holdout] [--misses]
 */
import { CONTENT_CAP, contentPoints, THRESHOLDS } from "../src/domain/score";
import { analyseContent } from "../src/domain/signals";
import { TYPOLOGY_IDS } from "../src/domain/typologies";
import { handleHelp } from "./lib/cli";
import { readCorpus } from "./lib/corpus";

export const GOAL_RECALL = 0.85;
export const GOAL_FALSE_FLAGS = 0.005;
export const GOAL_FALSE_FLAGS_PER_CATEGORY = 0.02;


function judge(text: string) {
  const content = analyseContent(text);
  const score = Math.min(CONTENT_CAP, contentPoints(content.signals, content.typology, content.scamLanguage.tier));
  return { flagged: score >= THRESHOLDS.app.suspicious, typology: content.typology?.id ?? null, score, signals: content.signals };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** Prints the tables; returns whether every goal is met on this split. */
export function evaluateTypologies(split: "tune" | "holdout", showMisses = false): boolean {
  const scam = readCorpus("scam.tsv").filter((row) => row.split === split);
  const genuine = readCorpus("genuine.tsv").filter((row) => row.split === split);
  if (scam.length === 0 && genuine.length === 0) {
    // Between a hold-out set's retirement and the next set's arrival there is nothing to measure: say so, fail nothing.
    console.log(`\ntypology detection, ${split} split: no texts (the next hold-out set is not in scripts/corpus/holdout-templates.ts yet) — not measured`);
    return true;
  }
  let met = true;
  console.log(`\ntypology detection, ${split} split (content only, flagged = score ≥ ${THRESHOLDS.app.suspicious}):`);
  console.log(`${"typology".padEnd(22)} texts  flagged   as this typology`);
  for (const id of TYPOLOGY_IDS) {
    const rows = scam.filter((row) => row.label === id);
    if (rows.length === 0) {
      met = false;
      console.log(`${id.padEnd(22)}     0  no texts   < goal`);
      continue;
    }
    const results = rows.map((row) => ({ row, ...judge(row.text) }));
    const flagged = results.filter((r) => r.flagged).length / rows.length;
    const named = results.filter((r) => r.flagged && r.typology === id).length / rows.length;
    if (flagged < GOAL_RECALL) met = false;
    console.log(`${id.padEnd(22)} ${String(rows.length).padStart(5)}  ${pct(flagged).padStart(7)}   ${pct(named).padStart(7)}${flagged < GOAL_RECALL ? "   < goal" : ""}`);
    if (showMisses) {
      for (const r of results.filter((x) => !x.flagged || x.typology !== id)) {
        console.log(`    miss t${r.row.template} ${r.score} ${r.typology ?? "-"} [${r.signals.join(",")}] ${r.row.text}`);
      }
    }
  }
  console.log(`${"genuine category".padEnd(22)} texts  false flags`);
  let falseFlags = 0;
  const categories = [...new Set(genuine.map((row) => row.label))];
  for (const category of categories) {
    const rows = genuine.filter((row) => row.label === category);
    const results = rows.map((row) => ({ row, ...judge(row.text) }));
    const flaggedRows = results.filter((r) => r.flagged);
    falseFlags += flaggedRows.length;
    const rate = flaggedRows.length / rows.length;
    if (rate > GOAL_FALSE_FLAGS_PER_CATEGORY) met = false;
    console.log(`${category.padEnd(22)} ${String(rows.length).padStart(5)}  ${pct(rate).padStart(7)}${rate > GOAL_FALSE_FLAGS_PER_CATEGORY ? "   > goal" : ""}`);
    if (showMisses) {
      for (const r of results.filter((x) => x.flagged || x.typology)) {
        console.log(`    ${r.flagged ? "FLAG" : "typo"} t${r.row.template} ${r.score} ${r.typology ?? "-"} [${r.signals.join(",")}] ${r.row.text}`);
      }
    }
  }
  const overall = falseFlags / genuine.length;
  if (overall > GOAL_FALSE_FLAGS) met = false;
  console.log(`${"all genuine".padEnd(22)} ${String(genuine.length).padStart(5)}  ${pct(overall).padStart(7)}`);
  console.log(
    `goal: recall ≥ ${GOAL_RECALL * 100} % per typology, false flags ≤ ${GOAL_FALSE_FLAGS * 100} % overall and ≤ ${GOAL_FALSE_FLAGS_PER_CATEGORY * 100} % per category — ${met ? "MET" : "MISSED"}`,
  );
  return met;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  handleHelp(import.meta.url);
  const split = process.argv.includes("--split") && process.argv[process.argv.indexOf("--split") + 1] === "tune" ? "tune" : "holdout";
  if (!evaluateTypologies(split, process.argv.includes("--misses"))) process.exitCode = 1;
}
