package org.phoenixlab.app.util;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The dialogs as JavaFX shows them, each owned by the window the service belongs to (the main
 * window, or the Compare window), so that they stay in front of it and close with it.
 */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    /** One unexpected-error dialog at a time: an error that repeats every frame is in the log. */
    private boolean unexpectedShown;

    /** {@code owner} is asked each time: the window may get its stage after the service is made. */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    private Alert alert(Alert.AlertType type, String id, String header, String message) {
        Alert a = new Alert(type, message);
        a.setHeaderText(header);
        own(a);
        a.getDialogPane().setId(id);
        return a;
    }

    /** Makes {@code dialog} belong to this service's window (for the program's own custom dialogs). */
    public void own(Dialog<?> dialog) {
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
    }

    @Override
    public void error(String header, String message) {
        alert(Alert.AlertType.ERROR, "error-dialog", header, message).show();
    }

    @Override
    public void warn(String header, String message) {
        alert(Alert.AlertType.WARNING, "warning-dialog", header, message).show();
    }

    @Override
    public void inform(String header, String message) {
        alert(Alert.AlertType.INFORMATION, "information-dialog", header, message).show();
    }

    @Override
    public boolean confirm(String id, String header, String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.YES, ButtonType.NO);
        a.setHeaderText(header);
        own(a);
        a.getDialogPane().setId(id);
        name(a, ButtonType.YES, "dialog.yes");
        name(a, ButtonType.NO, "dialog.no");
        return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    /** A standard button in the window's language (JavaFX names it in the JVM's), where the bundle has a word for it. */
    private static void name(Alert a, ButtonType type, String key) {
        String words = Messages.get(key, null);
        if (words != null && a.getDialogPane().lookupButton(type) instanceof javafx.scene.control.Button b) {
            b.setText(words);
        }
    }

    @Override
    public void unexpected(String message, String details) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> unexpected(message, details));
            return;
        }
        if (unexpectedShown) {
            return;
        }
        unexpectedShown = true;
        Alert a = alert(Alert.AlertType.ERROR, "unexpected-dialog", Messages.get("dialog.unexpected"), message);
        a.setOnHidden(e -> unexpectedShown = false);
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefRowCount(14);
        text.setId("unexpected-details");
        VBox.setVgrow(text, Priority.ALWAYS);
        a.getDialogPane().setExpandableContent(new VBox(6, new Label(Messages.get("dialog.details")), text));
        a.show();
    }

    private static FileChooser chooser(String title, String description, String pattern) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, pattern.split(";")),
                new FileChooser.ExtensionFilter(Messages.get("dialog.allFiles"), "*"));
        return fc;
    }

    @Override
    public Optional<Path> chooseToOpen(String title, String description, String pattern) {
        var f = chooser(title, description, pattern).showOpenDialog(owner.get());
        return f == null ? Optional.empty() : Optional.of(f.toPath());
    }

    @Override
    public Optional<Path> chooseToSave(String title, String description, String pattern, String initialName) {
        FileChooser fc = chooser(title, description, pattern);
        fc.setInitialFileName(initialName);
        var f = fc.showSaveDialog(owner.get());
        return f == null ? Optional.empty() : Optional.of(f.toPath());
    }

    @Override
    public ProgressDialog progress(String id, String header, Runnable onCancel) {
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(320);
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CANCEL);
        a.setHeaderText(header);
        a.getDialogPane().setContent(bar);
        a.getDialogPane().setId(id);
        name(a, ButtonType.CANCEL, "dialog.cancel");
        own(a);
        a.initModality(Modality.NONE);
        a.setOnCloseRequest(e -> onCancel.run());
        a.show();
        return new ProgressDialog() {
            @Override
            public void progress(double fraction) {
                bar.setProgress(fraction);
            }

            @Override
            public void header(String text) {
                a.setHeaderText(text);
            }

            @Override
            public void close() {
                a.setOnCloseRequest(null);
                a.close();
            }
        };
    }
}
