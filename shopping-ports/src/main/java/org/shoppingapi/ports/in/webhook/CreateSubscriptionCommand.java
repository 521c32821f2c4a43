package org.shoppingapi.ports.in.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.ports.in.Caller;

/**
 * A new webhook subscription, valid by construction: an absolute http(s) URL with a host, content type
 * {@code application/json}, a non-blank secret and at least one known event type. Build it with {@link #of}, which
 * reports every bad field at once by its wire path ({@code config.url}, {@code events[2]}).
 */
public record CreateSubscriptionCommand(Caller caller, URI url, String contentType, String secret,
                                        Set<EventType> events) {

    static final int MAX_URL_LENGTH = 2048;
    static final int MAX_SECRET_LENGTH = 1024;

    public CreateSubscriptionCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(secret, "secret");
        events = Set.copyOf(events);
    }

    /** Validates the request's raw values; {@code events} may hold duplicates, which count once. */
    public static CreateSubscriptionCommand of(Caller caller, String url, String contentType, String secret,
                                               List<EventType> events) {
        List<FieldError> errors = new ArrayList<>();
        URI uri = url(url, errors);
        String type = contentType == null ? Subscription.JSON : contentType;
        if (!Subscription.JSON.equals(type.toLowerCase(Locale.ROOT))) {
            errors.add(FieldError.of("config.content_type", "must be " + Subscription.JSON));
        }
        if (secret == null) {
            errors.add(FieldError.required("config.secret"));
        } else if (secret.isBlank()) {
            errors.add(FieldError.of("config.secret", "must not be blank"));
        } else if (secret.length() > MAX_SECRET_LENGTH) {
            errors.add(FieldError.of("config.secret", "must be at most " + MAX_SECRET_LENGTH + " characters"));
        }
        Set<EventType> types = eventTypes(events, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new CreateSubscriptionCommand(caller, uri, Subscription.JSON, secret, types);
    }

    private static URI url(String url, List<FieldError> errors) {
        if (url == null) {
            errors.add(FieldError.required("config.url"));
            return null;
        }
        if (url.length() > MAX_URL_LENGTH) {
            errors.add(FieldError.of("config.url", "must be at most " + MAX_URL_LENGTH + " characters"));
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                errors.add(FieldError.of("config.url", "must be an absolute http or https URL with a host"));
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            errors.add(FieldError.of("config.url", "is not a valid URL"));
            return null;
        }
    }

    private static Set<EventType> eventTypes(List<EventType> events, List<FieldError> errors) {
        if (events == null) {
            errors.add(FieldError.required("events"));
            return Set.of();
        }
        if (events.isEmpty()) {
            errors.add(FieldError.of("events", "must name at least one event type"));
            return Set.of();
        }
        Set<EventType> types = new LinkedHashSet<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == null) {
                errors.add(FieldError.required("events[" + i + "]"));
            } else {
                types.add(events.get(i));
            }
        }
        return types;
    }
}
