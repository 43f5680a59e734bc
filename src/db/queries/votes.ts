/** "This is a genuine sender / site" votes (POST/DELETE /api/v1/votes); lookups count them (src/db/queries/reputation.ts). */
import type { Db } from "../session";

/** Another vote by the same voter on the same target inside this window is refused (429), like reports. */
export const VOTE_COOLDOWN_MS = 15 * 60_000;

export interface NewVote {
  id: string;
  targetType: "sender" | "domain";
  target: string;
  voter: string;
  comment: string | null;
  createdAt: number;
}

/**
 * Stores the vote unless this voter voted on this target inside the cooldown; returns the time of
 * that earlier vote when refused, else null. One statement: the check and the insert cannot race.
 */
export async function insertVote(db: Db, vote: NewVote): Promise<number | null> {
  const [inserted, previous] = await db.batch([
    db
      .prepare(
        `INSERT INTO votes (id, target_type, target, voter, vote, comment, created_at)
         SELECT ?1, ?2, ?3, ?4, 'legit', ?5, ?6
         WHERE NOT EXISTS (SELECT 1 FROM votes WHERE target_type = ?2 AND target = ?3 AND voter = ?4 AND created_at > ?7)
         RETURNING id`,
      )
      .bind(vote.id, vote.targetType, vote.target, vote.voter, vote.comment, vote.createdAt, vote.createdAt - VOTE_COOLDOWN_MS),
    db
      .prepare("SELECT max(created_at) AS at FROM votes WHERE target_type = ?1 AND target = ?2 AND voter = ?3 AND id != ?4")
      .bind(vote.targetType, vote.target, vote.voter, vote.id),
  ]);
  if ((inserted?.results.length ?? 0) > 0) return null;
  return Number((previous?.results[0] as { at: number | null } | undefined)?.at ?? vote.createdAt);
}

export async function findVote(db: Db, id: string): Promise<{ id: string; targetType: "sender" | "domain"; target: string } | null> {
  return db.prepare("SELECT id, target_type AS targetType, target FROM votes WHERE id = ?").bind(id).first();
}

/** Deletes a vote; false when it was already gone. */
export async function deleteVote(db: Db, id: string): Promise<boolean> {
  const deleted = await db.prepare("DELETE FROM votes WHERE id = ? RETURNING id").bind(id).all();
  return deleted.results.length > 0;
}
