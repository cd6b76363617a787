import "server-only";
import type { ActionFailure, ActionResult, Created } from "@/lib/actions/result";
import { type Actor, actorMetadata } from "@/lib/auth/actor";
import type { FilterQuery } from "@/lib/blnk/filter";
import { findByRequestId, REQUEST_ID_KEY } from "@/lib/blnk/request-id";
import type { Metadata, Page } from "@/lib/blnk/types";
import type { Attempt } from "@/lib/idempotency";
import { type MetadataEntries, metadataObject } from "@/lib/metadata/entries";
import { auditedWrite } from "./write";
import { writeOnce } from "./write-once";
import { refusalText, unfinishedWrite } from "./write-support";

// A create form's write (Create ledger, Create identity), the same for every record: `POST /<records>` once
// per form (the form's request ID goes into the record's metadata, with its author, so a retry whose answer
// never came finds the record instead of making a second), audited as `<type>.create` before it is sent.

type Stored = { id: string; metadata: Metadata | null };

export async function createOnce<R extends Stored, Q extends object, T extends object, F extends string>(
  recordType: "ledger" | "identity",
  input: { requestId: string; metadata: MetadataEntries },
  actor: Actor,
  options: {
    /** The record's own fields; the metadata is added here. */
    request: Q;
    send: (request: Q & { metadata: Metadata }) => Promise<R>;
    /** The resource's list call, to find what an earlier attempt created. */
    list: (query: FilterQuery) => Promise<Page<R>>;
    created: (record: R) => T;
    messages: { inDoubt: string; unexpected: string };
  },
): Promise<ActionResult<Created<T>, F>> {
  const { messages } = options;
  const request = {
    ...options.request,
    metadata: {
      ...metadataObject(input.metadata),
      ...actorMetadata(actor),
      [REQUEST_ID_KEY]: input.requestId,
    },
  };
  type Result = ActionResult<Created<T>, F>;
  try {
    return await writeOnce<T, ActionFailure<F>, Result>(`create_${recordType}`, input.requestId, actor, {
      // The look-up and the create, each within one timeout.
      timeouts: 2,
      lookup: async () => {
        const record = await findByRequestId(options.list, input.requestId);
        return record ? options.created(record) : null;
      },
      attempt: async (who): Promise<Attempt<T, ActionFailure<F>>> => {
        const write = await auditedWrite(
          who,
          { action: `${recordType}.create`, recordType, request },
          () => options.send(request),
          (record) => record.id,
        );
        if (write.kind !== "done")
          return unfinishedWrite(write, messages, `create_${recordType}_refused`) as Attempt<
            never,
            ActionFailure<F>
          >;
        return { kind: "done", value: options.created(write.value) };
      },
      done: (record, wasRetry) => ({ ok: true, data: { ...record, wasRetry } }),
      inDoubt: { ok: false, error: messages.inDoubt, fieldErrors: {}, inDoubt: true },
    });
  } catch (error) {
    return {
      ok: false,
      error: refusalText(error, `create_${recordType}_failed`, messages.unexpected),
      fieldErrors: {},
    };
  }
}
