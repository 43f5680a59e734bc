import { buildApp } from "./app";
import { commitBulkChunk, prepareBulkChunk, type BulkChunkMessage } from "./services/bulk";
import { runDistributionCron } from "./services/distribution";
import { runScheduledMaintenance } from "./services/maintenance";
import { budgetUnits, detectAndDeliver, MAX_TARGETS_PER_INVOCATION, redeliver, targetsIn, type ChangesMessage, type WebhookMessage } from "./services/webhooks";

const app = buildApp();

/** Queue names as in wrangler.toml: the queue handler dispatches by name. */
const BULK_QUEUE_NAME = "fanzha-bulk-reports";
const WEBHOOK_QUEUE_NAME = "fanzha-webhooks";

/** Delay before a failed bulk chunk is delivered again (seconds; Queues multiply nothing themselves). */
const BULK_RETRY_SECONDS = 10;

async function bulkBatch(batch: MessageBatch<BulkChunkMessage>, env: Env, ctx: ExecutionContext): Promise<void> {
  // Chunks are written one after another (each in one D1 batch, seeing the ones before it); the
  // next chunk's CPU work (parsing, analysis) runs while the current one waits on D1. A failure
  // retries only its own message.
  const prepare = (message: Message<BulkChunkMessage>) => prepareBulkChunk(env, message.body).then((chunk) => ({ chunk }), (error: unknown) => ({ error }));
  let next = batch.messages[0] ? prepare(batch.messages[0]) : null;
  for (const [i, message] of batch.messages.entries()) {
    const prepared = await next!;
    next = batch.messages[i + 1] ? prepare(batch.messages[i + 1]!) : null;
    try {
      if ("error" in prepared) throw prepared.error;
      if (prepared.chunk) await commitBulkChunk(env, env.DB, prepared.chunk, (work) => ctx.waitUntil(work));
      message.ack();
    } catch (error) {
      console.error(JSON.stringify({ level: "error", message: `bulk chunk ${message.body.jobId}#${message.body.firstRow} failed: ${String(error)}` }));
      message.retry({ delaySeconds: BULK_RETRY_SECONDS });
    }
  }
}

async function webhookBatch(batch: MessageBatch<WebhookMessage>, env: Env): Promise<void> {
  const { now: changes, later } = withinTargetBudget(
    batch.messages.filter((m): m is Message<ChangesMessage> => m.body.type === "changes"),
    MAX_TARGETS_PER_INVOCATION * budgetUnits(env),
  );
  if (later.length > 0) {
    // Past this invocation's D1 budget: queued again as new messages (a retry() would count
    // toward max_retries and could drop them behind a long ageing backlog).
    try {
      await env.WEBHOOK_QUEUE.sendBatch(later.map((m) => ({ body: m.body })));
      for (const message of later) message.ack();
    } catch {
      for (const message of later) message.retry({ delaySeconds: 5 });
    }
  }
  if (changes.length > 0) {
    try {
      await detectAndDeliver(env, env.DB, changes.map((m) => m.body));
      for (const message of changes) message.ack();
    } catch (error) {
      console.error(JSON.stringify({ level: "error", message: `webhook change detection failed: ${String(error)}` }));
      for (const message of changes) message.retry({ delaySeconds: 5 });
    }
  }
  await Promise.all(
    batch.messages.map(async (message) => {
      if (message.body.type !== "deliver") return;
      try {
        await redeliver(env, env.DB, message.body);
        message.ack();
      } catch {
        message.retry({ delaySeconds: 30 });
      }
    }),
  );
}

/** The change messages one invocation evaluates (at least one), in queue order, and the rest. */
function withinTargetBudget(messages: Message<ChangesMessage>[], limit: number): { now: Message<ChangesMessage>[]; later: Message<ChangesMessage>[] } {
  let targets = 0;
  const now: Message<ChangesMessage>[] = [];
  const later: Message<ChangesMessage>[] = [];
  for (const message of messages) {
    const size = targetsIn(message.body);
    if (now.length > 0 && targets + size > limit) later.push(message);
    else {
      now.push(message);
      targets += size;
    }
  }
  return { now, later };
}

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runScheduledMaintenance(env, controller.scheduledTime));
    ctx.waitUntil(runDistributionCron(env, controller.scheduledTime));
  },
  async queue(batch, env, ctx) {
    if (batch.queue === BULK_QUEUE_NAME) return bulkBatch(batch as MessageBatch<BulkChunkMessage>, env, ctx);
    if (batch.queue === WEBHOOK_QUEUE_NAME) return webhookBatch(batch as MessageBatch<WebhookMessage>, env);
    console.error(JSON.stringify({ level: "error", message: `no consumer for queue ${batch.queue}` }));
    batch.retryAll({ delaySeconds: 60 });
  },
} satisfies ExportedHandler<Env, unknown>;
