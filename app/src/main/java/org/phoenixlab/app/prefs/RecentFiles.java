package org.phoenixlab.app.prefs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The files opened or saved lately, newest first, remembered between runs (at most eight). */
public final class RecentFiles {
    private static final int MAX = 8;

    private final Preferences prefs;
    private final ObservableList<String> files = FXCollections.observableArrayList();

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
        files.setAll(read());
    }

    /** Newest first; changes as files are remembered. */
    public ObservableList<String> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    public void remember(Path file) {
        List<String> list = read();
        list.remove(file.toString());
        list.add(0, file.toString());
        for (int i = 0; i < MAX; i++) {
            if (i < list.size()) {
                prefs.put("recent." + i, list.get(i));
            } else {
                prefs.remove("recent." + i);
            }
        }
        files.setAll(read());
    }

    private List<String> read() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String f = prefs.get("recent." + i, null);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }
}
