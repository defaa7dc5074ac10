package org.repdesk.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import org.repdesk.service.Exporter;
import org.repdesk.service.MemberImport;

/** File ▸ Import and Export: choose a file, run the service in the background, say what happened. */
final class DataTransfer {

    private final DeskState state;

    DataTransfer(DeskState state) {
        this.state = state;
    }

    void importMembers() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import members from a CSV file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV"));
        File file = chooser.showOpenDialog(state.owner());
        if (file == null) {
            return;
        }
        state.background().run(state.owner(), "The members were not imported", () -> {
            try {
                return state.desk().memberImport().importFile(file.toPath());
            } catch (IOException e) {
                throw new IOException("Could not read " + file.getName() + ": " + e.getMessage(), e);
            }
        }, result -> {
            if (result.succeeded()) {
                state.reloadMembers();
                List<String> lines = new java.util.ArrayList<>(
                        List.of(result.imported() + " members were imported from " + file.getName() + "."));
                if (!result.notes().isEmpty()) {
                    lines.add(org.repdesk.i18n.Messages.text("export.import.notes",
                            java.util.Map.of("n", result.notes().size())));
                    result.notes().forEach(n -> lines.add(n.describe()));
                }
                Alerts.info(state.owner(), "Members imported", lines);
            } else {
                showProblems(file.getName(), result.problems());
            }
        });
    }

    private void showProblems(String name, List<MemberImport.Problem> problems) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(state.owner());
        alert.setTitle("RepDesk");
        alert.setHeaderText("Nothing was imported: " + name + " has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + ". Correct the file and import it again.");
        TextArea list = new TextArea(String.join("\n",
                problems.stream().map(MemberImport.Problem::describe).toList()));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(14);
        list.setPrefColumnCount(70);
        alert.getDialogPane().setContent(list);
        alert.showAndWait();
    }

    void export(String what, Exporter.Format format) {
        if (!state.plainTextAllowed("the " + what + " export")) {
            return;
        }
        FileChooser chooser = new FileChooser();
        String ext = format.name().toLowerCase(java.util.Locale.ROOT);
        chooser.setTitle("Export " + what + " as " + format);
        chooser.setInitialFileName("repdesk-" + what + "-" + state.desk().cases().today() + "." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format + " files", "*." + ext));
        File file = chooser.showSaveDialog(state.owner());
        if (file == null) {
            return;
        }
        Path out = file.toPath();
        state.background().run(state.owner(), "The export was not written", () -> {
            Exporter exporter = state.desk().exporter();
            return switch (what) {
                case "members" -> exporter.exportMembers(format, out);
                case "cases" -> exporter.exportCases(format, out);
                case "deadlines" -> exporter.exportDeadlines(format, out);
                case "workload" -> exporter.exportWorkload(format, out);
                default -> exporter.exportDemands(format, out);
            };
        }, n -> Alerts.info(state.owner(), "Exported", List.of(n + " " + (what.equals("workload") ? "workload records"
                : what) + " written to " + out + ".",
                "The file holds members' personal data: keep it on this computer or an encrypted drive, and delete it "
                        + "when it is no longer needed.")));
    }
}
