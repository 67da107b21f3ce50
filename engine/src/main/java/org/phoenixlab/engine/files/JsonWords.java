package org.phoenixlab.engine.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser's complaints retold in our words: what is wrong at that place in the text, without the
 * parser library's class names, settings or phrasing.
 */
final class JsonWords {
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\((.*?)\\)( in numeric value)?(?:: (?:was )?expect(?:ing|ed) (.*))?");
    private static final Pattern CHAR = Pattern.compile("'(.*)' \\(code (\\d+)[^)]*");
    private static final Pattern CTRL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)'.*");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*?)'.*");
    private static final Pattern UTF8 = Pattern.compile("Invalid UTF-8 (?:start|middle) byte (0x[0-9a-fA-F]+).*");
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*");

    private JsonWords() {
    }

    static String of(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int cut = m.indexOf('\n');
        m = (cut >= 0 ? m.substring(0, cut) : m).strip();
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            String lower = m.toLowerCase(Locale.ROOT);
            if (lower.contains("nesting depth")) {
                return "nested more than " + Json.MAX_NESTING + " levels deep";
            }
            if (lower.contains("number")) {
                return "a number with more than " + Json.MAX_NUMBER_DIGITS + " digits";
            }
            if (lower.contains("string")) {
                return String.format(Locale.ROOT, "a text longer than %,d characters", Json.MAX_STRING_CHARS);
            }
            return "beyond what this program reads";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "the text ends in the middle of a value (is the file cut short?)";
        }
        Matcher u = UNEXPECTED.matcher(m);
        if (u.matches()) {
            String what = character(u.group(1));
            if (u.group(2) != null) {
                return "unexpected " + what + " in a number";
            }
            return "unexpected " + what + (u.group(3) == null ? "" : " (expected " + expected(u.group(3)) + ")");
        }
        if (m.startsWith("Illegal unquoted character")) {
            Matcher c = CTRL.matcher(m);
            return "a control character" + (c.find() ? " (code " + c.group(1) + ")" : "")
                    + " inside a text must be written as an escape such as \\n";
        }
        Matcher t = TOKEN.matcher(m);
        if (t.matches()) {
            return "unknown word '" + abbreviate(t.group(1)) + "' (expected " + expected("a value") + ")";
        }
        Matcher d = DUPLICATE.matcher(m);
        if (d.matches()) {
            return "the field \"" + abbreviate(d.group(1)) + "\" appears twice in the same object";
        }
        Matcher b = UTF8.matcher(m);
        if (b.matches()) {
            return "not UTF-8 text here (a byte that no UTF-8 character has; save the file as UTF-8)";
        }
        Matcher c = CLOSE.matcher(m);
        if (c.matches()) {
            return "'" + c.group(1) + "' closes what was opened as " + (c.group(2).equals("}") ? "an object" : "a list")
                    + " (expected '" + c.group(2) + "')";
        }
        if (m.startsWith("Non-standard token")) {
            return "NaN and Infinity are not numbers JSON can hold";
        }
        if (m.contains("Leading zeroes not allowed")) {
            return "a number may not start with 0";
        }
        if (m.startsWith("Invalid numeric value") || m.startsWith("Numeric value")) {
            return "not a number this program can read";
        }
        if (m.contains("Unexpected character") || m.contains("expected")) {
            return "the text is not valid JSON at this place";
        }
        return "the text is not valid JSON at this place";
    }

    /** "'x' (code 120)" as 'x'; control characters by their code. */
    private static String character(String jackson) {
        Matcher ctrl = CTRL.matcher(jackson);
        if (ctrl.find()) {
            return "control character (code " + ctrl.group(1) + ")";
        }
        Matcher c = CHAR.matcher(jackson);
        if (c.find()) {
            return "character '" + c.group(1) + "'";
        }
        return "character";
    }

    private static String expected(String jackson) {
        String j = jackson.toLowerCase(Locale.ROOT);
        if (j.contains("double-quote to start field name")) {
            return "a field name in double quotes";
        }
        if (j.contains("comma to separate object")) {
            return "a comma between two fields";
        }
        if (j.contains("comma to separate array")) {
            return "a comma between two items of a list";
        }
        if (j.contains("colon to separate")) {
            return "a colon after the field name";
        }
        if (j.contains("space separating root-level")) {
            return "nothing after the JSON value";
        }
        return "a value: a text in double quotes, a number, a list, an object, true, false or null";
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
