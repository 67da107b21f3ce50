package org.phoenixlab.engine.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for every file the program reads: read limits set (nesting,
 * string and number length), strict about duplicates and unknown fields, and no polymorphic
 * typing driven by the input.
 */
public final class Json {
    /** Files larger than this are refused before parsing. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    /** Deepest nesting of objects and lists a file may have. */
    public static final int MAX_NESTING = 64;
    /** Longest number, in digits. */
    public static final int MAX_NUMBER_DIGITS = 40;
    /** Longest text value, in characters. */
    public static final int MAX_STRING_CHARS = 1_000_000;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxNumberLength(MAX_NUMBER_DIGITS)
                            .maxStringLength(MAX_STRING_CHARS)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Files this large or larger are written on one line rather than indented. */
    public static final int INDENT_LIMIT_BYTES = 1 << 20;

    /**
     * A file's text: indented for a person to read; on one line when the indented text would pass
     * {@link #INDENT_LIMIT_BYTES} (indentation alone can make a large file half as long again).
     */
    public static String text(com.fasterxml.jackson.databind.JsonNode tree) {
        try {
            String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            return (pretty.length() < INDENT_LIMIT_BYTES ? pretty : MAPPER.writeValueAsString(tree)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A byte count as the limits are written: "16 MiB". */
    public static String mebibytes(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }
}
