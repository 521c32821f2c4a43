package org.shoppingapi.domain.event;

/** The HTTP request that caused an api-event ({@code request: {path, method}}). */
public record RequestInfo(String path, String method) {
}
