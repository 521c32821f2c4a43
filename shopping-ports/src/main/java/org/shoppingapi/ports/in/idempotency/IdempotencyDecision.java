package org.shoppingapi.ports.in.idempotency;

/** What to do with a request carrying an {@code Idempotency-Key}: run it (this request owns the key) or replay. */
public sealed interface IdempotencyDecision {

    /** The key is new (or expired): run the request, then {@code finish} or {@code abandon} {@code request}. */
    record Proceed(IdempotentRequest request) implements IdempotencyDecision {
    }

    /** The key was used before with the same request: answer its first response again. */
    record Replay(RecordedResponse response) implements IdempotencyDecision {
    }
}
