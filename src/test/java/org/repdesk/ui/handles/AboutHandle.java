package org.repdesk.ui.handles;

import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.testfx.api.FxRobot;

/** Help ▸ About RepDesk (ui/AboutDialog). */
public final class AboutHandle extends Handle {

    public AboutHandle(FxRobot robot) {
        super(robot);
    }

    public String version() {
        return textOf("about-version");
    }

    public String dataFile() {
        return this.<TextField>node("about-data-file").getText();
    }

    /** The address of the licence last reached (by Tab or a click). */
    public String licenceAddress() {
        return this.<TextField>node("about-licence-address").getText();
    }

    /** Each library's name and licence, two cells a row. */
    public GridPane licences() {
        return node("about-licences");
    }
}
