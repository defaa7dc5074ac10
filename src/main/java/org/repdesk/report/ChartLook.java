package org.repdesk.report;

import java.awt.Color;
import javax.swing.LookAndFeel;
import javax.swing.UIDefaults;
import javax.swing.plaf.ColorUIResource;

/**
 * The one Swing default a chart reads, and nothing else. JFreeChart's class asks Swing for
 * "Panel.background" when it loads, which by default brings up Swing's whole Metal look and feel
 * (157 Swing classes, ~100 lambdas and their method handles, fonts) in a command that draws no
 * window: at 100,000 cases that work made JDK code hot enough for the C2 compiler to spend seconds
 * of the second core on it in a plain {@code java -jar} brief (seventh session, JFR). Commands set
 * it before any chart is drawn ({@link #forCommands}); the app leaves Swing as it is. Charts paint
 * their own white backgrounds, so the colour here is Metal's own, for anything else that reads it.
 */
public final class ChartLook extends LookAndFeel {

    /** Swing's system property naming the look and feel it starts with. */
    static final String DEFAULT_LOOK = "swing.defaultlaf";

    /** Makes this Swing's look and feel for a headless command, unless one was chosen already. */
    public static void forCommands() {
        if (System.getProperty(DEFAULT_LOOK) == null) {
            System.setProperty(DEFAULT_LOOK, ChartLook.class.getName());
        }
    }

    @Override
    public UIDefaults getDefaults() {
        UIDefaults defaults = new UIDefaults(4, 0.75f);
        ColorUIResource metals = new ColorUIResource(new Color(238, 238, 238));
        defaults.put("Panel.background", metals); // not for reps: Swing's own names
        return defaults;
    }

    @Override
    public String getName() {
        return "RepDesk charts"; // not for reps: Swing's own names
    }

    @Override
    public String getID() {
        return "RepDeskCharts"; // not for reps: Swing's own names
    }

    @Override
    public String getDescription() {
        return "The one default RepDesk's charts read"; // not for reps: Swing's own names
    }

    @Override
    public boolean isNativeLookAndFeel() {
        return false;
    }

    @Override
    public boolean isSupportedLookAndFeel() {
        return true;
    }
}
