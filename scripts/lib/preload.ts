/** Synthetic reports of a few hundred campaign templates, written through the production write path. */
import { normaliseSender } from "../../src/domain/phone";
import { recordReport } from "../../src/services/submit";
import type { SqliteD1 } from "./sqlite-d1";
import { campaignText, mulberry32, randomSender } from "./synthetic";

export async function preloadCampaignReports(
  db: SqliteD1,
  options: { count: number; seed: number; reporters: number; onProgress?: (loaded: number) => void },
): Promise<void> {
  const random = mulberry32(options.seed);
  for (let i = 0; i < options.count; i++) {
    await recordReport(db.asD1(), {
      sender: normaliseSender(randomSender(random))!,
      text: campaignText(random, i % 300),
      reporter: `preload-${Math.floor(random() * options.reporters)}`,
      details: { category: "fake_collection" },
      idempotency: null,
      now: Date.now() - Math.floor(random() * 60 * 86_400_000),
    });
    options.onProgress?.(i + 1);
  }
}
