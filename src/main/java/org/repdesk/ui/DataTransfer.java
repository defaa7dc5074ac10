package org.repdesk.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Exporter;
import org.repdesk.service.MemberImport;

/** File ▸ Import and Export: choose a file, run the service in the background, say what happened. */
final class DataTransfer {

    private final DeskState state;

    DataTransfer(DeskState state) {
        this.state = state;
    }

    void importMembers() {
        Dialogs dialogs = state.dialogs();
        dialogs.chooseFileToOpen(Messages.text("shell.import.title"),
                Dialogs.FileType.of(Messages.text("shell.import.csvFiles"), "*.csv", "*.CSV")).ifPresent(file -> {
            String name = String.valueOf(file.getFileName());
            state.background().run(state.owner(), Messages.text("shell.import.failed"), () -> {
                try {
                    return state.desk().memberImport().importFile(file);
                } catch (IOException e) {
                    throw new IOException(Messages.text("shell.import.cannotRead", name, e.getMessage()), e);
                }
            }, result -> {
                if (result.succeeded()) {
                    state.reloadMembers();
                    List<String> lines = new ArrayList<>(List.of(Messages.text("shell.import.done",
                            Map.of("n", result.imported(), "file", name))));
                    if (!result.notes().isEmpty()) {
                        lines.add(Messages.text("export.import.notes", Map.of("n", result.notes().size())));
                        result.notes().forEach(n -> lines.add(n.describe()));
                    }
                    dialogs.inform(Messages.text("shell.import.doneHeader"), lines);
                } else {
                    dialogs.warn(Messages.text("shell.import.problems",
                            Map.of("file", name, "n", result.problems().size())),
                            result.problems().stream().map(MemberImport.Problem::describe).toList());
                }
            });
        });
    }

    void export(String what, Exporter.Format format) {
        String whatWords = Messages.text("shell.export." + what).toLowerCase(Messages.language());
        if (!state.plainTextAllowed(whatWords)) {
            return;
        }
        String ext = format.name().toLowerCase(Locale.ROOT);
        state.dialogs().chooseFileToSave(Messages.text("shell.export.title", whatWords, format.name()),
                "repdesk-" + what + "-" + state.desk().cases().today() + "." + ext,
                Dialogs.FileType.of(Messages.text("shell.export.files", format.name()), "*." + ext))
                .ifPresent(out -> write(what, format, out));
    }

    private void write(String what, Exporter.Format format, Path out) {
        state.background().run(state.owner(), Messages.text("shell.export.failed"), () -> {
            Exporter exporter = state.desk().exporter();
            return switch (what) {
                case "members" -> exporter.exportMembers(format, out);
                case "cases" -> exporter.exportCases(format, out);
                case "deadlines" -> exporter.exportDeadlines(format, out);
                case "workload" -> exporter.exportWorkload(format, out);
                default -> exporter.exportDemands(format, out);
            };
        }, n -> state.dialogs().inform(Messages.text("shell.export.doneHeader"), List.of(
                Messages.text("shell.export.done." + what, Map.of("n", n, "file", String.valueOf(out))),
                Messages.text("shell.export.keepSafe"))));
    }
}
