package org.phoenixlab.app.help;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.phoenixlab.app.main.MainWindow;
import org.phoenixlab.app.main.TestWindows;
import org.phoenixlab.app.util.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Help window's key list reads whole: a description longer than its column goes on to a second line. */
@ExtendWith(ApplicationExtension.class)
class HelpWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Messages.use(Locale.FRENCH); // the longer descriptions
        window = TestWindows.show(stage);
    }

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void everyKeysDescriptionIsShownWholeWrappedToItsColumn(FxRobot robot) {
        HelpWindow[] help = new HelpWindow[1];
        robot.interact(() -> help[0] = window.help(HelpWindow.Page.SHORTCUTS));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> keys = (TableView<?>) help[0].stage().getScene().lookup("#help-shortcuts-table");
        List<HelpWindow.WrappingCell<?>> cells = keys.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof HelpWindow.WrappingCell<?>).<HelpWindow.WrappingCell<?>>map(n -> (HelpWindow.WrappingCell<?>) n)
                .filter(c -> !c.shown().isEmpty()).toList();
        assertFalse(cells.isEmpty(), "the descriptions are shown");
        boolean someWrapped = false;
        for (HelpWindow.WrappingCell<?> c : cells) {
            double lineHeight = c.getFont().getSize() * 1.6;
            assertTrue(c.textNode().getLayoutBounds().getWidth() <= c.getWidth() + 0.5,
                    "\"" + c.shown() + "\" fits its column: " + c.textNode().getLayoutBounds().getWidth() + " > " + c.getWidth());
            assertTrue(c.getHeight() + 0.5 >= c.textNode().getLayoutBounds().getHeight(), "\"" + c.shown() + "\" is not cut at the bottom");
            someWrapped |= c.textNode().getLayoutBounds().getHeight() > lineHeight;
        }
        assertTrue(someWrapped, "a description too long for one line goes on to a second one");
        robot.interact(() -> help[0].stage().close());
        robot.interact(window::closing);
    }
}
