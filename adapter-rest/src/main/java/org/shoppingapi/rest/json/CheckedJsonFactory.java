package org.shoppingapi.rest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.shoppingapi.domain.common.ValueLimits;

/**
 * The JSON factory of request bodies: Jackson's own read limits set from {@link ValueLimits} (nesting depth, number
 * and string length), duplicate keys refused, and every parser wrapped in {@link CheckedJsonParser}, which applies
 * the rules Jackson has no setting for (a number's digits and exponent, U+0000) to every token of the body.
 */
public final class CheckedJsonFactory extends JsonFactory {

    public CheckedJsonFactory() {
        super(new JsonFactoryBuilder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(ValueLimits.MAX_NESTING_DEPTH)
                        .maxNumberLength(ValueLimits.MAX_PLAIN_NUMBER_LENGTH)
                        .maxStringLength(ValueLimits.MAX_STRING_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    }

    private CheckedJsonFactory(CheckedJsonFactory source, ObjectCodec codec) {
        super(source, codec);
    }

    @Override
    public JsonFactory copy() {
        return new CheckedJsonFactory(this, null);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
        return new CheckedJsonParser(super._createParser(in, context));
    }

    @Override
    protected JsonParser _createParser(Reader reader, IOContext context) throws IOException {
        return new CheckedJsonParser(super._createParser(reader, context));
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
            throws IOException {
        return new CheckedJsonParser(super._createParser(data, offset, length, context, recyclable));
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
        return new CheckedJsonParser(super._createParser(data, offset, length, context));
    }

    @Override
    protected JsonParser _createParser(DataInput input, IOContext context) throws IOException {
        return new CheckedJsonParser(super._createParser(input, context));
    }
}
