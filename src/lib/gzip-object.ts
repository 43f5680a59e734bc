/**
 * Gzip written into an R2 object as it is produced: compressed bytes are uploaded as multipart
 * parts of PART_BYTES (R2 wants parts ≥ 5 MiB and of equal size, the last one smaller), so memory
 * holds one part, whatever the object's size. A small object is one plain put. The object appears
 * only when close() completes the upload, replacing the previous one at once.
 */

/** R2 multipart parts are ≥ 5 MiB (except the last) and of equal size. */
export const PART_BYTES = 5 * 1024 * 1024;

export class GzipObjectWriter {
  private readonly compression = new CompressionStream("gzip");
  private readonly writer = this.compression.writable.getWriter();
  private readonly encoder = new TextEncoder();
  private readonly pump: Promise<void>;
  private buffered: Uint8Array[] = [];
  private bufferedBytes = 0;
  private upload: R2MultipartUpload | null = null;
  private readonly parts: R2UploadedPart[] = [];
  bytes = 0;

  constructor(
    private readonly bucket: R2Bucket,
    private readonly key: string,
    private readonly metadata: Record<string, string>,
    private readonly contentType: string,
  ) {
    this.pump = this.drain();
  }

  async write(data: string | Uint8Array): Promise<void> {
    await this.writer.write(typeof data === "string" ? this.encoder.encode(data) : data);
  }

  private async drain(): Promise<void> {
    const reader = this.compression.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      this.buffered.push(value);
      this.bufferedBytes += value.byteLength;
      this.bytes += value.byteLength;
      while (this.bufferedBytes >= PART_BYTES) await this.uploadPart(this.take(PART_BYTES));
    }
  }

  private take(count: number): Uint8Array {
    const out = new Uint8Array(count);
    let at = 0;
    while (at < count) {
      const head = this.buffered[0] as Uint8Array;
      const used = Math.min(head.byteLength, count - at);
      out.set(head.subarray(0, used), at);
      at += used;
      if (used === head.byteLength) this.buffered.shift();
      else this.buffered[0] = head.subarray(used);
    }
    this.bufferedBytes -= count;
    return out;
  }

  private async uploadPart(bytes: Uint8Array): Promise<void> {
    this.upload ??= await this.bucket.createMultipartUpload(this.key, { httpMetadata: { contentType: this.contentType }, customMetadata: this.metadata });
    this.parts.push(await this.upload.uploadPart(this.parts.length + 1, bytes));
  }

  /** Finishes the stream; the complete object replaces the previous one at once. */
  async close(): Promise<void> {
    await this.writer.close();
    await this.pump;
    const rest = this.take(this.bufferedBytes);
    if (!this.upload) {
      await this.bucket.put(this.key, rest, { httpMetadata: { contentType: this.contentType }, customMetadata: this.metadata });
      return;
    }
    if (rest.byteLength > 0) await this.uploadPart(rest);
    await this.upload.complete(this.parts);
  }

  async abort(): Promise<void> {
    await this.writer.abort().catch(() => {});
    await this.upload?.abort().catch(() => {});
  }
}

