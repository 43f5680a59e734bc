/** "This is a genuine sender / site" votes (POST/DELETE /api/v1/votes); lookups count them (src/db/queries/reputation.ts). */
import { eq, sql } from "drizzle-orm";
import { columnNames, compiled, orm } from "../orm";
import { votes } from "../schema";
import type { Db } from "../session";

/** Another vote by the same voter on the same target inside this window is refused (429), like reports. */
export const VOTE_COOLDOWN_MS = 15 * 60_000;

type VoteTarget = { targetType: "sender" | "domain" };
export type NewVote = Omit<typeof votes.$inferSelect, "vote" | "targetType"> & VoteTarget;

const p = sql.placeholder;
const sameVoterOnTarget = sql`${votes.targetType} = ${p("targetType")} AND ${votes.target} = ${p("target")} AND ${votes.voter} = ${p("voter")}`;

/** The insert unless the voter voted on the target since `since` (compiled once: POST /votes is public). */
const insertUnlessRecent = compiled<NewVote & { since: number }, Pick<typeof votes.$inferSelect, "id">>(
  sql`INSERT INTO ${votes} (${columnNames(votes, ["id", "targetType", "target", "voter", "vote", "comment", "createdAt"])})
      SELECT ${p("id")}, ${p("targetType")}, ${p("target")}, ${p("voter")}, 'legit', ${p("comment")}, ${p("createdAt")}
      WHERE NOT EXISTS (SELECT 1 FROM ${votes} WHERE ${sameVoterOnTarget} AND ${votes.createdAt} > ${p("since")})
      RETURNING ${votes.id}`,
);
/** When this voter last voted on the target, this vote aside. */
const previousVote = compiled<Pick<NewVote, "id" | "targetType" | "target" | "voter">, { at: number | null }>(
  sql`SELECT max(${votes.createdAt}) AS at FROM ${votes} WHERE ${sameVoterOnTarget} AND ${votes.id} != ${p("id")}`,
);

/**
 * Stores the vote unless this voter voted on this target inside the cooldown; returns the time of
 * that earlier vote when refused, else null. One statement: the check and the insert cannot race.
 */
export async function insertVote(db: Db, vote: NewVote): Promise<number | null> {
  const [inserted, previous] = await db.batch([
    insertUnlessRecent.bind(db, { ...vote, since: vote.createdAt - VOTE_COOLDOWN_MS }),
    previousVote.bind(db, vote),
  ]);
  if ((inserted?.results.length ?? 0) > 0) return null;
  return Number((previous?.results[0] as { at: number | null } | undefined)?.at ?? vote.createdAt);
}

export async function findVote(db: Db, id: string): Promise<(Pick<typeof votes.$inferSelect, "id" | "target"> & VoteTarget) | null> {
  const row = await orm(db).select({ id: votes.id, targetType: votes.targetType, target: votes.target }).from(votes).where(eq(votes.id, id)).get();
  // Votes are stored only for these two types (insertVote).
  return row ? { ...row, targetType: row.targetType as VoteTarget["targetType"] } : null;
}

/** Deletes a vote; false when it was already gone. */
export async function deleteVote(db: Db, id: string): Promise<boolean> {
  const deleted = await orm(db).delete(votes).where(eq(votes.id, id)).returning({ id: votes.id });
  return deleted.length > 0;
}
