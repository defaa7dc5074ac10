package org.repdesk.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/** Shows a document's pages as they will print: the PDF's own pages, rendered to images. */
final class PagePreview extends ScrollPane {

    /** The preview's padding either side (14 + 14) and a pixel or two for the page's shadow. */
    private static final double AROUND_PAGE = 32;
    /** Narrower than this a page is not worth reading: the pane scrolls instead. */
    private static final double MIN_PAGE_WIDTH = 240;

    private final VBox pages = new VBox(14);
    private List<byte[]> current = List.of();

    PagePreview(String emptyText) {
        pages.setAlignment(Pos.TOP_CENTER);
        pages.getStyleClass().add("page-preview");
        setContent(pages);
        setFitToWidth(true);
        setId("page-preview");
        showMessage(emptyText);
    }

    void showMessage(String text) {
        current = List.of();
        Label l = new Label(text);
        l.getStyleClass().add("placeholder");
        l.setWrapText(true);
        pages.getChildren().setAll(l);
    }

    void showPages(List<byte[]> png) {
        current = List.copyOf(png);
        pages.getChildren().clear();
        for (int i = 0; i < png.size(); i++) {
            ImageView view = new ImageView(new Image(new ByteArrayInputStream(png.get(i))));
            view.setAccessibleText(pageOf(i + 1, png.size()));
            view.setPreserveRatio(true);
            // Zoomed to the pane's width (at 1024x700 an A4 page 560 wide had its right side cut), up to
            // the width it was drawn at: larger would only blur it.
            double drawn = view.getImage().getWidth();
            view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(MIN_PAGE_WIDTH, Math.min(drawn, getViewportBounds().getWidth() - AROUND_PAGE)),
                    viewportBoundsProperty()));
            view.getStyleClass().add("page");
            VBox frame = new VBox(view);
            frame.getStyleClass().add("page-frame");
            frame.setMaxWidth(Double.NEGATIVE_INFINITY);
            pages.getChildren().add(frame);
        }
    }

    /** What a screen reader says of a page's picture, which has no words of its own: "Page 2 of 5". */
    static String pageOf(int page, int pages) {
        return org.repdesk.i18n.Messages.text("screens.document.pageOf", java.util.Map.of("n", page, "total", pages));
    }

    List<byte[]> pages() {
        return current;
    }

    int pageCount() {
        return current.size();
    }
}
