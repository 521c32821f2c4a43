package org.shoppingapi.rest;

import io.helidon.http.RequestException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.shoppingapi.rest.error.ApiException;

/**
 * Makes a body that breaks off while being read a clean refusal. A chunked body over {@code server.max-payload-size}
 * makes Helidon throw its 413 in the middle of a chunk; Jersey then closes the stream, which would try to read on
 * through the broken chunk and replace the 413 with a parse error (a 500). Here the 413 becomes the SPEC error and a
 * broken stream is not drained (the server closes such a connection).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public final class EntityStreamGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.hasEntity()) {
            request.setEntityStream(new Guarded(request.getEntityStream()));
        }
    }

    /** The refusal of a body over the limit, in the SPEC error body. */
    public static ApiException payloadTooLarge() {
        return ApiException.payloadTooLarge("request body is larger than the 1 MiB allowed");
    }

    private static final class Guarded extends FilterInputStream {
        private boolean broken;

        Guarded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (RuntimeException e) {
                throw broke(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (RuntimeException e) {
                throw broke(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (!broken) {
                super.close();
            }
        }

        private RuntimeException broke(RuntimeException e) {
            broken = true;
            if (e instanceof RequestException helidon && helidon.status().code() == 413) {
                return payloadTooLarge();
            }
            return e;
        }
    }
}
