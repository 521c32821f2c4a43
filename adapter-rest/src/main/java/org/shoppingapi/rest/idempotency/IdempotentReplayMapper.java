package org.shoppingapi.rest.idempotency;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.shoppingapi.ports.in.idempotency.IdempotentReplayException;

/**
 * A request that waited at its key for a simultaneous one with the same key and body answers that one's response,
 * as a replay; its own work was rolled back.
 */
public final class IdempotentReplayMapper implements ExceptionMapper<IdempotentReplayException> {

    @Override
    public Response toResponse(IdempotentReplayException replay) {
        return IdempotencyFilter.replay(replay.response());
    }
}
