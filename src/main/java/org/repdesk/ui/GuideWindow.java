package org.repdesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;

/**
 * Help ▸ Guide: a short guide to RepDesk's four main jobs, in the rep's language, with pictures,
 * read from the app's own resources (no network, no browser). The text is kept as simple Markdown
 * ({@code guide/guide_en.md}, {@code guide/guide_cy.md}; docs/guide.md holds the same) so it reads
 * the same in the repository: "# " a title, "## " a section, "- " a point, "![words](file.png)" a
 * picture, anything else a paragraph.
 */
final class GuideWindow {

    private static final Pattern PICTURE = Pattern.compile("!\\[(.*)]\\((.+)\\)");
    private static Stage open;

    private GuideWindow() {
    }

    /** Shows the guide beside the window (one at a time), in the language RepDesk speaks. */
    static void show(Window owner) {
        if (open != null && open.isShowing()) {
            open.toFront();
            return;
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.text("shell.guide.title"));
        ScrollPane scroll = new ScrollPane(page(Messages.language()));
        scroll.setFitToWidth(true);
        scroll.setId("guide");
        stage.setScene(new Scene(scroll, 720, Math.min(640, WindowPlacement.screenOf(owner).getHeight())));
        // Esc and Ctrl+W close it, as F1's list says; it holds nothing typed, so nothing is asked.
        WindowClosing.asks(stage, () -> true);
        WindowClosing.outlivesTheDesk(stage); // the same guide whichever desk the window goes to
        stage.show();
        open = stage;
    }

    /** The guide in {@code language}, laid out. */
    static VBox page(Locale language) {
        VBox page = new VBox(10);
        page.getStyleClass().add("guide");
        for (Node n : nodes(text(language))) {
            page.getChildren().add(n);
        }
        return page;
    }

    /** The guide's text in {@code language} (English when there is none in it). */
    static String text(Locale language) {
        String name = "cy".equals(language.getLanguage()) ? "guide/guide_cy.md" : "guide/guide_en.md";
        try (InputStream in = GuideWindow.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the guide is missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Node> nodes(String text) {
        List<Node> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty()) {
                flush(paragraph, out);
                continue;
            }
            Matcher picture = PICTURE.matcher(t);
            if (t.startsWith("# ")) {
                flush(paragraph, out);
                out.add(label(t.substring(2), "guide-title"));
            } else if (t.startsWith("## ")) {
                flush(paragraph, out);
                out.add(label(t.substring(3), "guide-section"));
            } else if (t.startsWith("- ")) {
                flush(paragraph, out);
                out.add(label("•  " + t.substring(2), "guide-point"));
            } else if (picture.matches()) {
                flush(paragraph, out);
                out.add(picture(picture.group(2), picture.group(1)));
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(t);
            }
        }
        flush(paragraph, out);
        return out;
    }

    private static void flush(StringBuilder paragraph, List<Node> out) {
        if (paragraph.length() > 0) {
            out.add(label(paragraph.toString(), "guide-text"));
            paragraph.setLength(0);
        }
    }

    private static Label label(String text, String style) {
        // **bold** marks are for the Markdown copy; on screen the words alone.
        Label l = new Label(text.replace("**", ""));
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    private static Node picture(String file, String words) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        InputStream in = GuideWindow.class.getResourceAsStream("guide/" + name);
        if (in == null) {
            return label(words, "guide-text");
        }
        ImageView view = new ImageView(new Image(in));
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(640, view.getImage().getWidth()));
        view.setAccessibleText(words);
        return view;
    }
}
