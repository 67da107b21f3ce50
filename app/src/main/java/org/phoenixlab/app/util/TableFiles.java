package org.phoenixlab.app.util;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.phoenixlab.engine.files.AtomicFiles;
import org.phoenixlab.engine.trace.Trace;

/** Tables as CSV and the trace as JSON Lines, written atomically (a failed write leaves an older file intact). */
public final class TableFiles {
    private TableFiles() {
    }

    /** Rows as CSV (RFC 4180: fields with a comma, a quote or a line break are quoted). */
    public static void csv(List<List<String>> rows, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(csvField(row.get(i)));
            }
            sb.append("\r\n");
        }
        AtomicFiles.write(file, sb.toString());
    }

    public static String csvField(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** The trace, one JSON object per line (the same text the engine hashes). */
    public static void trace(Trace trace, Path file) throws IOException {
        StringWriter out = new StringWriter();
        trace.writeJsonLines(out);
        AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
