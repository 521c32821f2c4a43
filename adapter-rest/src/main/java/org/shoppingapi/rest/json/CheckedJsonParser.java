package org.shoppingapi.rest.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.shoppingapi.domain.common.ValueLimits;

/**
 * Applies SPEC §1's input rules to every token as it is read, wherever it sits (typed fields, pass-through objects,
 * ignored fields alike): a number's digits and exponent, no U+0000 in strings and keys; and turns Jackson's own
 * limit refusals (depth, length, duplicate keys) into an {@link InputRuleException} naming the field.
 */
final class CheckedJsonParser extends JsonParserDelegate {

    CheckedJsonParser(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token;
        try {
            token = delegate.nextToken();
        } catch (StreamConstraintsException e) {
            throw refusal(limitProblem(e));
        } catch (JsonParseException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate")) {
                throw refusal("appears twice in one object (duplicate key)");
            }
            throw e;
        }
        if (token != null) {
            check(token);
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    /** Skips through {@link #nextToken()}, so ignored fields are held to the same rules. */
    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken current = currentToken();
        if (current != JsonToken.START_OBJECT && current != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken token = nextToken();
            if (token == null) {
                return this;
            }
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                open--;
            }
        }
        return this;
    }

    private void check(JsonToken token) throws IOException {
        Optional<String> problem = switch (token) {
            case FIELD_NAME, VALUE_STRING -> ValueLimits.textProblem(delegate.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ValueLimits.numberProblem(delegate.getText());
            default -> Optional.empty();
        };
        if (problem.isPresent()) {
            throw refusal(problem.get());
        }
    }

    private static String limitProblem(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return "is nested too deeply: at most " + ValueLimits.MAX_NESTING_DEPTH + " levels of objects and arrays";
        }
        if (message.contains("String value length")) {
            return "is longer than " + ValueLimits.MAX_STRING_LENGTH + " characters";
        }
        if (message.contains("Number value length") || message.contains("number")) {
            return "must have at most " + ValueLimits.MAX_SIGNIFICANT_DIGITS + " significant digits and an exponent"
                    + " within ±" + ValueLimits.MAX_EXPONENT;
        }
        return "exceeds a limit of the JSON reader";
    }

    private InputRuleException refusal(String problem) {
        return new InputRuleException(this, path(delegate.getParsingContext()), problem);
    }

    /** The API's field path of the current token, e.g. {@code order.items[1].metadata.x}. */
    static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (!out.isEmpty() && !part.startsWith("[")) {
                out.append('.');
            }
            out.append(part);
        }
        return out.toString();
    }
}
