package org.shoppingapi.rest.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;

/** A request body broke one of SPEC §1's input rules; {@link #field()} is where, {@link #problem()} which rule. */
public final class InputRuleException extends JsonParseException {

    private final String field;
    private final String problem;

    InputRuleException(JsonParser parser, String field, String problem) {
        super(parser, (field.isEmpty() ? "request body" : field) + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field path, e.g. {@code order.items[0].metadata.x}; empty for the body itself. */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    /** The message without Jackson's location suffix. */
    public String text() {
        return getOriginalMessage();
    }
}
