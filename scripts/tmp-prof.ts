import { inProcessWorker, measureRequests } from "./lib/in-process";
import { migratedPersistDir } from "./lib/local-worker";
import { findLocalD1File, SqliteD1 } from "./lib/sqlite-d1";
const db = new SqliteD1(findLocalD1File(migratedPersistDir("fanzha-profile-")), { bulk: true });
const worker = inProcessWorker(db);
const carrier = { authorization: `Bearer ${await worker.createKey("carrier")}` };
let n = 0;
const which = process.argv[2] ?? "never";
const make = which === "never" ? () => new Request(`http://local/api/v1/senders/139${String(n++).padStart(8, "0")}`, { headers: carrier })
 : () => new Request("http://local/api/v1/ping");
await measureRequests(db, worker, make, 500);
const m = await measureRequests(db, worker, make, Number(process.argv[3] ?? 20000));
console.log(which, m.workerMs.toFixed(3));
