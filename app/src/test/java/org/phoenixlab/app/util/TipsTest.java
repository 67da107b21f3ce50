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
    // Made in start(), once the toolkit is up: a control made before it (a field's initialiser, run when the test
    // class is first made) would fail to load the controls' style sheet and leave every later control unusable.
    private Button plain;
    private Button tipped;
    private final SimpleStringProperty words = new SimpleStringProperty("first words");
    /** Not a control: a box of the drawing, the caption bar. */
    private javafx.scene.layout.Pane box;

    @Start
    void start(Stage stage) {
        plain = new Button("plain");
        tipped = new Button("tipped");
        box = new javafx.scene.layout.Pane();
        Tips.install(tipped, words);
        box.setPrefSize(80, 60);
        Tips.install(box, "a frame's note");
        stage.setScene(new Scene(new HBox(20, plain, tipped, box), 400, 120));
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

    @Test
    void aNodeThatIsNotAControlGetsItsTooltipTheSameWay(FxRobot robot) {
        assertNull(Tips.tooltip(plain));
        assertEquals("a frame's note", Tips.text(box));
        assertEquals("a frame's note", box.queryAccessibleAttribute(AccessibleAttribute.HELP));
        assertEquals(0, box.getProperties().values().stream().filter(v -> v instanceof javafx.scene.control.Tooltip).count(),
                "nothing made with the window");
        robot.moveTo(box);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Tooltip made = Tips.tooltip(box);
        assertNotNull(made);
        assertEquals("a frame's note", made.getText());
        assertEquals(made, Tips.tooltip(box), "made once");
    }
}
