package org.repdesk.ui;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.repdesk.service.AppInfo;

/** Help ▸ About: the version, where the rep's data file is, and the licences of what RepDesk ships with. */
public final class AboutDialog {

    private AboutDialog() {
    }

    /** Shows the dialog over {@code owner} and waits until the rep closes it. */
    public static void show(Window owner, Path dataFile) {
        create(owner, dataFile).showAndWait();
    }

    static Dialog<ButtonType> create(Window owner, Path dataFile) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(org.repdesk.i18n.Messages.text("shell.about.title", AppInfo.NAME));

        ImageView icon = new ImageView(icon(256));
        icon.setFitWidth(96);
        icon.setFitHeight(96);
        icon.setSmooth(true);
        Label name = new Label(AppInfo.NAME);
        name.getStyleClass().add(Styles.TITLE_2);
        Label version = new Label(org.repdesk.i18n.Messages.text("shell.about.version", AppInfo.version()));
        version.setId("about-version");
        Label purpose = new Label(org.repdesk.i18n.Messages.text("shell.about.purpose"));
        purpose.setWrapText(true);
        VBox heading = new VBox(4, name, version, purpose);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox top = new HBox(16, icon, heading);

        Label fileLabel = new Label(org.repdesk.i18n.Messages.text("shell.about.dataFile"));
        fileLabel.getStyleClass().add(Styles.TEXT_BOLD);
        // A read-only field rather than a label, so the rep can select and copy the path for a backup.
        TextField file = new TextField(dataFile == null ? org.repdesk.i18n.Messages.text("shell.about.casebook")
                : dataFile.toAbsolutePath().toString());
        file.setId("about-data-file");
        file.setEditable(false);

        Label libsLabel = new Label(org.repdesk.i18n.Messages.text("shell.about.thirdParty"));
        libsLabel.getStyleClass().add(Styles.TEXT_BOLD);
        GridPane libs = new GridPane();
        libs.setId("about-licences");
        libs.setHgap(16);
        libs.setVgap(2);
        // Each licence's address, for the keyboard too (a tooltip shows only under the mouse): a licence
        // is a link reached by Tab; focused, its address shows in a read-only field to select and copy.
        TextField address = new TextField();
        address.setId("about-licence-address");
        address.setEditable(false);
        address.setPromptText(org.repdesk.i18n.Messages.text("about.licenceAddress.prompt"));
        address.setAccessibleText(org.repdesk.i18n.Messages.text("about.licenceAddress"));
        Label addressLabel = new Label(org.repdesk.i18n.Messages.text("about.licenceAddress"));
        addressLabel.setLabelFor(address);
        addressLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox addressRow = new HBox(8, addressLabel, address);
        addressRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(address, Priority.ALWAYS);
        int row = 0;
        for (AppInfo.ThirdParty p : AppInfo.thirdParty()) {
            Label what = new Label(p.shown());
            what.setWrapText(true); // a long name goes onto a second line, not "(in the Postgre…"
            what.setMinHeight(Region.USE_PREF_SIZE);
            Hyperlink licence = new Hyperlink(p.licenceShown());
            licence.setMinWidth(Region.USE_PREF_SIZE); // a licence name is never cut short
            licence.setAccessibleText(org.repdesk.i18n.Messages.text("about.licenceOf", java.util.Map.of("name", p.shown(),
                    "licence", p.licenceShown(), "url", p.url())));
            Tooltip.install(licence, new Tooltip(p.url()));
            licence.focusedProperty().addListener((o, was, focused) -> {
                if (focused) {
                    address.setText(p.url());
                }
            });
            licence.setOnAction(e -> {
                address.setText(p.url());
                address.requestFocus();
                address.selectAll();
                licence.setVisited(false);
            });
            libs.addRow(row++, what, licence);
        }
        Label thanks = new Label(org.repdesk.i18n.Messages.text("shell.about.licences"));
        thanks.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        thanks.setWrapText(true);

        // Twenty libraries, runtimes and fonts: the list scrolls so the dialog fits a 700-pixel screen.
        ScrollPane libsScroll = new ScrollPane(libs);
        libsScroll.setId("about-licences-scroll");
        libsScroll.setFitToWidth(true);
        libs.setPadding(new Insets(0, 16, 0, 0)); // licences clear of the scroll bar
        libsScroll.setPrefViewportHeight(220);
        libsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox content = new VBox(12, top, new VBox(4, fileLabel, file), new VBox(6, libsLabel, libsScroll, addressRow, thanks));
        content.setPrefWidth(600);
        content.setPadding(new Insets(8, 8, 0, 8));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(Buttons.close());
        Stage stage = (Stage) dialog.getDialogPane().getScene().getWindow();
        stage.getIcons().addAll(icon(16), icon(32), icon(48), icon(256));
        return dialog;
    }

    private static Image icon(int size) {
        return WindowIcons.icon(size);
    }
}
