import { preloadCampaignReports } from "./lib/preload";
import { findLocalD1File, SqliteD1 } from "./lib/sqlite-d1";
import { LOCAL_SECRETS, migratedPersistDir, startLocalWorker } from "./lib/local-worker";
import { campaignText, mulberry32, randomSender } from "./lib/synthetic";
const dir = migratedPersistDir("fanzha-dbg-");
{ const db = new SqliteD1(findLocalD1File(dir), { bulk: true }); await preloadCampaignReports(db, { count: 20000, seed: 7, reporters: 50000 }); db.close(); }
const w = await startLocalWorker(dir);
const random = mulberry32(5);
try {
  const keys: string[] = [];
  for (let i = 0; i < 32; i++) {
    const r = await fetch(`${w.url}/api/v1/admin/keys`, { method: "POST", headers: { authorization: `Bearer ${LOCAL_SECRETS.ADMIN_TOKEN}`, "content-type": "application/json" }, body: JSON.stringify({ name: "k" + i, role: "app" }) });
    keys.push(((await r.json()) as any).key);
  }
  let seq = 0;
  const counts: Record<string, number> = {};
  const deadline = Date.now() + 10_000;
  await Promise.all(keys.map(async (key) => {
    while (Date.now() < deadline) {
      const res = await fetch(`${w.url}/api/v1/reports`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ sender: randomSender(random), text: campaignText(random, seq % 300), reporterId: `u${seq++}`, category: "fake_collection" }) });
      const text = await res.text();
      const k = res.status === 201 ? "201" : `${res.status} ${text.slice(text.indexOf("find it") + 8, text.indexOf("find it") + 300)}`;
      counts[k] = (counts[k] ?? 0) + 1;
    }
  }));
  console.log(counts);
} finally { await w.stop(); }
