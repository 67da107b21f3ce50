package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.phoenixlab.app.prefs.Settings;
import org.phoenixlab.app.util.AppLog;
import org.phoenixlab.app.util.Messages;

/** The log, the settings and the language made ready beside the toolkit's start, as the window would make them itself. */
class SettingsHeadStartTest {
    @AfterEach
    void english() {
        Settings.preferences().remove(Messages.LANGUAGE_KEY);
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void theLanguageChosenInTheSettingsIsSpokenOnceItIsTakenOver() {
        Messages.use(Locale.ENGLISH);
        Settings.preferences().put(Messages.LANGUAGE_KEY, "fr");
        SettingsHeadStart.begin();
        assertEquals(AppLog.fileIn(Settings.home()), SettingsHeadStart.await());
        assertEquals(Locale.FRENCH, Messages.locale());
    }

    @Test
    void withNothingBegunItIsAllDoneWhenAskedFor() {
        Messages.use(Locale.FRENCH);
        Settings.preferences().remove(Messages.LANGUAGE_KEY); // the system's language: English in the tests
        assertEquals(AppLog.fileIn(Settings.home()), SettingsHeadStart.await());
        assertEquals(Locale.ENGLISH, Messages.locale());
    }
}
