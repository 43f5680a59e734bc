/**
 * npm run eval — recall and false-match rate of campaign matching on the generated corpus
 * (scripts/eval-corpus.ts), streaming every message through an in-memory copy of exactly the
 * production algorithm: exact-fingerprint shortcut, LSH band candidates ranked by shared bands
 * (top 24, like the SQL), chooseCampaign, else a new campaign with this text as representative.
 *
 * recall: share of scam messages that land in the campaign holding most of their template.
 * false-match rate: share of all messages that land in a campaign dominated by another label
 * (a negative joining a scam campaign, or one template joining another's).
 *
 * Then typology detection on the hold-out split of data/corpus: recall per fraud typology and
 * false flags per genuine category (scripts/eval-typologies.ts).
 */
import { chooseCampaign, fingerprintText } from "../src/domain/fingerprint";
import { buildCorpus, buildHoldout, type CorpusItem } from "./eval-corpus";
import { evaluateTypologies } from "./eval-typologies";

const CANDIDATE_LIMIT = 24;
const GOAL_RECALL = 0.95;
const GOAL_FALSE_MATCH = 0.005;

function assign(items: CorpusItem[]) {
  const exact = new Map<string, number>();
  const bandIndex = new Map<number, number[]>();
  const signatures: Uint32Array[] = [];
  const assignment: number[] = [];
  for (const item of items) {
    const fp = fingerprintText(item.text);
    let campaign = exact.get(fp.exact);
    if (campaign === undefined) {
      const hits = new Map<number, number>();
      for (const key of fp.bands) for (const id of bandIndex.get(key) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
      const candidates = [...hits.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, CANDIDATE_LIMIT)
        .map(([id]) => ({ id: String(id), signature: signatures[id]! }));
      const match = chooseCampaign(fp, candidates);
      if (match) campaign = Number(match.id);
      else {
        campaign = signatures.length;
        signatures.push(fp.signature);
        for (const key of fp.bands) {
          const list = bandIndex.get(key);
          if (list) list.push(campaign);
          else bandIndex.set(key, [campaign]);
        }
      }
    }
    if (!exact.has(fp.exact)) exact.set(fp.exact, campaign);
    assignment.push(campaign);
  }
  return { assignment, campaigns: signatures.length };
}

function score(items: CorpusItem[], assignment: number[], labelFilter: (label: string) => boolean) {
  const byCampaign = new Map<number, Map<string, number>>();
  const byLabel = new Map<string, Map<number, number>>();
  items.forEach((item, i) => {
    const campaign = assignment[i]!;
    const labels = byCampaign.get(campaign) ?? new Map<string, number>();
    labels.set(item.label, (labels.get(item.label) ?? 0) + 1);
    byCampaign.set(campaign, labels);
    const campaignsOfLabel = byLabel.get(item.label) ?? new Map<number, number>();
    campaignsOfLabel.set(campaign, (campaignsOfLabel.get(campaign) ?? 0) + 1);
    byLabel.set(item.label, campaignsOfLabel);
  });
  const dominant = new Map<number, string>();
  for (const [campaign, labels] of byCampaign) dominant.set(campaign, [...labels.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
  let matched = 0;
  let total = 0;
  for (const [label, campaigns] of byLabel) {
    if (!labelFilter(label)) continue;
    const counts = [...campaigns.values()];
    matched += Math.max(...counts);
    total += counts.reduce((a, b) => a + b, 0);
  }
  let falseMatches = 0;
  let negativesInScam = 0;
  items.forEach((item, i) => {
    const owner = dominant.get(assignment[i]!)!;
    if (owner !== item.label) {
      falseMatches++;
      if (item.kind === "negative" && !owner.startsWith("neg:")) negativesInScam++;
    }
  });
  return { recall: matched / total, falseMatchRate: falseMatches / items.length, negativesInScam };
}

const seeds = [1, 2, 3];
let failed = false;
console.log("campaign matching eval (36 scam templates × 24 mutations, 2,400 negatives, + 6 hold-out templates × 30)");
for (const seed of seeds) {
  const corpus = buildCorpus(seed);
  const holdout = buildHoldout(seed);
  const items = [...corpus, ...holdout];
  const started = performance.now();
  const { assignment, campaigns } = assign(items);
  const elapsed = performance.now() - started;
  const tuning = score(items, assignment, (label) => label.startsWith("scam:"));
  const held = score(items, assignment, (label) => label.startsWith("holdout:"));
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  console.log(
    `seed ${seed}: ${items.length} messages → ${campaigns} campaigns in ${elapsed.toFixed(0)} ms | recall ${pct(tuning.recall)} | hold-out recall ${pct(held.recall)} | false-match rate ${pct(tuning.falseMatchRate)} (negatives in scam campaigns: ${tuning.negativesInScam})`,
  );
  if (tuning.recall < GOAL_RECALL || tuning.falseMatchRate > GOAL_FALSE_MATCH) failed = true;
}
console.log(`goal: recall ≥ ${GOAL_RECALL * 100} % at ≤ ${GOAL_FALSE_MATCH * 100} % false matches — ${failed ? "MISSED" : "MET"}`);
// Fraud typologies on the hold-out split of data/corpus (scripts/eval-typologies.ts).
if (!evaluateTypologies("holdout")) failed = true;
if (failed) process.exitCode = 1;
