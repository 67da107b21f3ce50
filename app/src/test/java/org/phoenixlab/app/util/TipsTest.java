package org.phoenixlab.app.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tooltip waits for the pointer, says what it was given (following it when it changes), and a screen reader reads it meanwhile. */
@ExtendWith(ApplicationExtension.class)
class TipsTest {
    private final Button plain = new Button("plain");
    private final Button tipped = new Button("tipped");
    private final SimpleStringProperty words = new SimpleStringProperty("first words");

    @Start
    void start(Stage stage) {
        Tips.install(tipped, words);
        stage.setScene(new Scene(new HBox(20, plain, tipped), 400, 120));
        stage.show();
    }

    @Test
    void theTooltipIsMadeWhenThePointerComesOverItsControl(FxRobot robot) {
        assertNull(tipped.getTooltip(), "nothing made with the window");
        assertEquals("first words", Tips.text(tipped));
        assertEquals("first words", tipped.queryAccessibleAttribute(AccessibleAttribute.HELP));
        robot.interact(() -> words.set("new words"));
        assertEquals("new words", Tips.text(tipped));
        robot.moveTo(tipped);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(tipped.getTooltip(), "made on the pointer's arrival");
        assertEquals("new words", tipped.getTooltip().getText());
        robot.interact(() -> words.set("later words"));
        assertEquals("later words", tipped.getTooltip().getText(), "the made tooltip follows its words too");
        assertNull(Tips.text(plain), "a control without one has none");
    }
}
