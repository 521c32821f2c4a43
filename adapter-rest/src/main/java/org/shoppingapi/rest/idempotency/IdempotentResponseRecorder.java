package org.shoppingapi.rest.idempotency;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.shoppingapi.ports.in.idempotency.IdempotentRequest;
import org.shoppingapi.ports.in.idempotency.RecordedResponse;

/**
 * Records the bytes of the first answer to a request that runs under an idempotency key and commits them with the
 * request's change, before they go to the client: a client never holds an answer that was not committed, and a
 * repeat arriving as soon as it has the answer finds it stored. When the commit fails nothing has been sent, and the
 * failure is answered instead (503 for a dropped connection: the outcome is unknown, a retry with the key tells).
 */
@Priority(Priorities.ENTITY_CODER)
public final class IdempotentResponseRecorder implements WriterInterceptor {

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(IdempotencyFilter.CLAIM) instanceof IdempotentRequest keyed)
                || !(context.getProperty(IdempotencyFilter.STATUS) instanceof Integer status)) {
            context.proceed();
            return;
        }
        context.removeProperty(IdempotencyFilter.CLAIM);
        OutputStream client = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        context.setOutputStream(body);
        try {
            context.proceed();
        } catch (IOException | RuntimeException e) {
            keyed.abandon();
            throw e;
        }
        context.setOutputStream(client);
        Object etag = context.getHeaders().getFirst(HttpHeaders.ETAG);
        keyed.finish(new RecordedResponse(status, context.getMediaType() == null ? null
                : context.getMediaType().toString(), etag == null ? null : etag.toString(), body.toByteArray()));
        client.write(body.toByteArray());
    }
}
