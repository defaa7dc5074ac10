package org.repdesk.ui;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * A small "working…" window over the owner while a long background task runs (re-encrypting a
 * large file takes a while; so may opening one that needs adapting to a newer RepDesk), closed as
 * soon as the task ends, before any failure is shown.
 */
public final class Working {

    private Working() {
    }

    static void showWhile(Window owner, String text, Task<?> task) {
        if (task.isDone()) {
            return;
        }
        Stage stage = show(owner, text);
        task.stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
                stage.close();
            }
        });
    }

    /** Shows the window now ({@code owner} may be null); the caller closes it when the work ends. */
    public static Stage show(Window owner, String text) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(32, 32);
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(380);
        HBox box = new HBox(14, spinner, label);
        box.setStyle("-fx-padding: 18px; -fx-alignment: center-left;");
        box.getStyleClass().add("working");
        Stage stage = new Stage(owner == null ? StageStyle.DECORATED : StageStyle.UTILITY);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("RepDesk");
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> e.consume()); // the work cannot be stopped half-way
        stage.show();
        return stage;
    }
}
