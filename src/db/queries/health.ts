/** The health check's database probe. */
import { sql } from "drizzle-orm";
import { compiled } from "../orm";
import type { Db } from "../session";

/** A statement that reads no table: it fails only when D1 does not answer. */
const probe = compiled<Record<string, never>>(sql`SELECT 1`);

/** Resolves when D1 answers a statement; rejects with D1's error otherwise. */
export async function probeDatabase(db: Db): Promise<void> {
  await probe.first(db, {});
}
