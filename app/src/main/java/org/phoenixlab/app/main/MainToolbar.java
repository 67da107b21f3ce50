package org.phoenixlab.app.main;

import static org.phoenixlab.app.main.ActionId.*;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import org.phoenixlab.app.architecture.Zoom;
import org.phoenixlab.app.session.Speed;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.phoenixlab.app.util.ActionControls;
import org.phoenixlab.app.util.Icons;
import org.phoenixlab.app.util.Messages;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * The toolbar: lessons, the strategy, play and step, the speed, the faults of the selected
 * component, the dependencies, restart, zoom and Compare. Buttons come from the actions; the
 * choosers are bound to the view model.
 */
final class MainToolbar {
    final ToolBar bar;
    final ToggleButton lessons;
    // Choice boxes rather than combo boxes: a combo box builds a hidden list view of its choices with the
    // window (with its scroll bars and cells), which made the first frame wait; a choice box's menu is made
    // of menu items, drawn when it opens.
    final ChoiceBox<String> strategy = new ChoiceBox<>();
    final ChoiceBox<Speed> speed = new ChoiceBox<>();
    final ToggleButton play;
    final ToggleButton dependencies;
    final ToggleButton legend;
    /** Its label is short (the toolbar fits 1280 px in every language); its tooltip says the whole of it. */
    final MenuButton inject = new MenuButton(Messages.get("toolbar.inject.button", Messages.get("toolbar.inject")));

    MainToolbar(AppActions a, MainViewModel vm, Zoom zoom) {
        lessons = ActionControls.toggle(a.get(LESSONS));
        strategy.getItems().setAll(StrategyCatalog.NAMES);
        strategy.valueProperty().bindBidirectional(vm.strategyProperty());
        org.phoenixlab.app.util.Tips.install(strategy, Messages.get("toolbar.strategy.tooltip"));
        strategy.setPrefWidth(132); // its choices are the strategies' ids, the same in every language
        // The speed chooser is as wide as its longest choice (in the chosen language and text size): a fixed
        // width cut "0.01x slow motion" to "0.01x slow ...".
        strategy.setAccessibleText(Messages.get("toolbar.strategy"));
        speed.getItems().setAll(Speed.ALL);
        speed.valueProperty().bindBidirectional(vm.speedProperty());
        speed.setAccessibleText(Messages.get("toolbar.speed")); // no label beside it (the toolbar fits 1280 px): its name for a screen reader and the lessons
        org.phoenixlab.app.util.Tips.install(speed, Messages.get("toolbar.speed.tooltip"));
        speed.setConverter(new javafx.util.StringConverter<>() { // the speeds' names in the user's language
            @Override
            public String toString(Speed s) {
                return s == null ? "" : Messages.get("speed." + Speed.ALL.indexOf(s), s.toString());
            }

            @Override
            public Speed fromString(String text) {
                return Speed.ALL.stream().filter(s -> toString(s).equals(text)).findFirst().orElse(null);
            }
        });
        play = ActionControls.toggle(a.get(PLAY));
        play.textProperty().bind(Bindings.when(play.selectedProperty()).then(Messages.get("toolbar.pause")).otherwise(a.get(PLAY).shortText()));
        play.selectedProperty().addListener((o, was, on) -> ((FontIcon) play.getGraphic())
                .setIconCode(on ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        play.setMinWidth(Region.USE_PREF_SIZE);
        dependencies = ActionControls.toggle(a.get(DEPENDENCIES));
        legend = ActionControls.toggle(a.get(LEGEND));
        inject.setId("inject-menu");
        inject.setMnemonicParsing(false); // "Inject fault on net_uk": an underscore of a name, not a mnemonic
        inject.setGraphic(Icons.of(MaterialDesignL.LIGHTNING_BOLT, 16));
        org.phoenixlab.app.util.Tips.install(inject, Bindings.createStringBinding(() -> Messages.format("toolbar.inject.tooltip",
                vm.injectTextProperty().get()), vm.injectTextProperty()));
        inject.setOnShowing(e -> fillInjectMenu(vm));
        inject.disableProperty().bind(vm.canInjectProperty().not());
        Label strategyLabel = new Label(Messages.get("toolbar.strategy"));
        strategyLabel.setLabelFor(strategy);
        // Short words and symbols, so that every control fits a 1280-pixel window: nothing hides behind an overflow.
        bar = new ToolBar(lessons, strategyLabel, strategy, new Separator(), play,
                ActionControls.button(a.get(STEP_BACK)), ActionControls.button(a.get(STEP_FORWARD)), speed,
                ActionControls.button(a.get(RESTART)), new Separator(), inject, dependencies, legend, new Separator(),
                zoomControls(a, zoom), ActionControls.button(a.get(COMPARE)));
        for (javafx.scene.Node n : bar.getItems()) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }

    /**
     * Sorts the items between the bar and its overflow menu again, from their sizes now. JavaFX's toolbar does
     * that only when its own size or its list of items changes, so a larger text size (View menu, Ctrl++) left
     * the last items drawn under the overflow button until the window was resized. Setting the same items
     * again is such a change; the item that had the keyboard keeps it.
     */
    void reflow() {
        javafx.scene.Node focused = bar.getScene() == null ? null : bar.getScene().getFocusOwner();
        bar.getItems().setAll(java.util.List.copyOf(bar.getItems()));
        if (focused != null && focused.getScene() != null && !focused.isFocused()) {
            focused.requestFocus();
        }
    }

    private static HBox zoomControls(AppActions a, Zoom zoom) {
        Button out = ActionControls.button(a.get(ZOOM_OUT));
        Button in = ActionControls.button(a.get(ZOOM_IN));
        Button fit = ActionControls.button(a.get(FIT_ALL));
        HBox box = new HBox(2, out, zoom.percentLabel(), in, fit);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The faults for the selected component, as the inject button's menu. */
    private void fillInjectMenu(MainViewModel vm) {
        inject.getItems().clear();
        String id = vm.selectedProperty().get();
        for (FaultKind kind : vm.faultsForSelected()) {
            MenuItem item = new MenuItem(org.phoenixlab.app.util.ModelWords.faultCapitalised(kind) + " (" + id + ")");
            item.setMnemonicParsing(false);
            item.setId("toolbar-inject-" + kind.id());
            item.setOnAction(e -> vm.inject(id, kind));
            inject.getItems().add(item);
        }
    }
}
