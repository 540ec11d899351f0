package io.github.tgtext.internal.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;

/** Opens JSON generators the way the tool writes JSON: UTF-8, emoji as themselves. */
final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            // Without this, characters outside the BMP (most emoji) come out as \\uD83C\\uDDF7 pairs.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private JsonOutput() {
    }

    /** @return a generator for one pretty-printed document */
    static JsonGenerator document(OutputStream out) throws IOException {
        return FACTORY.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter();
    }

    /** @return a generator for JSON Lines: compact values, the caller ends each line */
    static JsonGenerator lines(OutputStream out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.setRootValueSeparator(null);
        return json;
    }
}
