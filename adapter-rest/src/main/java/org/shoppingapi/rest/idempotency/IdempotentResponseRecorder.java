package org.shoppingapi.rest.idempotency;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shoppingapi.ports.in.idempotency.IdempotentRequestsUseCase;
import org.shoppingapi.ports.in.idempotency.RecordedResponse;
import org.shoppingapi.rest.idempotency.IdempotencyFilter.Claim;

/**
 * Records the bytes of the first answer to a request that owns an idempotency key, before they go to the client,
 * so a repeat that arrives as soon as the client has the answer already finds it stored.
 */
@Priority(Priorities.ENTITY_CODER)
public final class IdempotentResponseRecorder implements WriterInterceptor {

    private static final Logger LOG = Logger.getLogger(IdempotentResponseRecorder.class.getName());

    private final IdempotentRequestsUseCase requests;

    public IdempotentResponseRecorder(IdempotentRequestsUseCase requests) {
        this.requests = requests;
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(IdempotencyFilter.CLAIM) instanceof Claim claim)
                || !(context.getProperty(IdempotencyFilter.STATUS) instanceof Integer status)) {
            context.proceed();
            return;
        }
        OutputStream client = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        context.setOutputStream(body);
        context.proceed();
        context.setOutputStream(client);
        Object etag = context.getHeaders().getFirst(HttpHeaders.ETAG);
        try {
            requests.finish(claim.accountId(), claim.key(), new RecordedResponse(status,
                    context.getMediaType() == null ? null : context.getMediaType().toString(),
                    etag == null ? null : etag.toString(), body.toByteArray()));
        } catch (RuntimeException e) {
            // The change is committed; failing the answer now would only make the client retry into a wait.
            LOG.log(Level.WARNING, "could not record the response for Idempotency-Key " + claim.key(), e);
        }
        client.write(body.toByteArray());
    }
}
