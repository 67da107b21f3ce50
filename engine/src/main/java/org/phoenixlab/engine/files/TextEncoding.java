package org.phoenixlab.engine.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which Unicode encoding a text file uses. JSON is UTF-8, but an editor on another system may save
 * UTF-16 or UTF-32; their zero bytes made such files look binary. They are recognised by a
 * byte-order mark or, as JSON text starts with an ASCII character, by where the zero bytes fall,
 * and turned into UTF-8 before parsing.
 */
final class TextEncoding {
    private TextEncoding() {
    }

    /** The text as UTF-8 bytes (the input itself when it already is UTF-8, its byte-order mark dropped). */
    static byte[] toUtf8(String name, byte[] b) throws BadFileException {
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return java.util.Arrays.copyOfRange(b, 3, n);
        }
        String utf32be = "UTF-32BE";
        String utf32le = "UTF-32LE";
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return reencode(name, b, 4, utf32be, "UTF-32");
        }
        if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return reencode(name, b, 4, utf32le, "UTF-32");
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return reencode(name, b, 2, "UTF-16BE", "UTF-16");
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return reencode(name, b, 2, "UTF-16LE", "UTF-16");
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && ascii(b[3])) {
            return reencode(name, b, 0, utf32be, "UTF-32");
        }
        if (n >= 4 && ascii(b[0]) && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return reencode(name, b, 0, utf32le, "UTF-32");
        }
        if (n >= 2 && b[0] == 0 && ascii(b[1])) {
            return reencode(name, b, 0, "UTF-16BE", "UTF-16");
        }
        if (n >= 2 && ascii(b[0]) && b[1] == 0) {
            return reencode(name, b, 0, "UTF-16LE", "UTF-16");
        }
        return b;
    }

    /** A character JSON text can start with: printable ASCII or white space. */
    private static boolean ascii(byte c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0x7F;
    }

    private static byte[] reencode(String name, byte[] b, int skip, String charset, String family) throws BadFileException {
        try {
            CharBuffer text = Charset.forName(charset).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, skip, b.length - skip));
            return text.toString().getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            throw new BadFileException(name, "looks like " + family + " text but is not valid " + family
                    + " (save it as UTF-8)");
        }
    }
}
