package org.shoppingapi.ports.in.idempotency;

import java.util.Arrays;
import java.util.Objects;

/** The first answer to an idempotent request, kept to be replayed: status, content type, ETag and body bytes. */
public record RecordedResponse(int status, String contentType, String etag, byte[] body) {

    public RecordedResponse {
        Objects.requireNonNull(body, "body");
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedResponse r && status == r.status && Objects.equals(contentType, r.contentType)
                && Objects.equals(etag, r.etag) && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, etag, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "RecordedResponse[status=" + status + ", etag=" + etag + ", " + body.length + " bytes]";
    }
}
