package org.repdesk.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Exporter;
import org.repdesk.service.MemberImport;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.papers.Runner;

/**
 * File ▸ Import and Export: choose a file, run the service in the background, say what happened.
 * The file is chosen and the outcome told through {@link Dialogs}, the work done through a
 * {@link Runner}: a test runs both without a window.
 */
final class DataTransfer {

    private final Supplier<RepDesk> desk;
    private final Runner runner;
    private final Dialogs dialogs;
    private final Predicate<String> plainTextAllowed;
    private final Runnable membersChanged;

    DataTransfer(DeskState state) {
        this(state::desk, Runner.of(state, state::owner), state.dialogs(), state::plainTextAllowed, state::reloadMembers);
    }

    /**
     * @param plainTextAllowed asks, for a protected file, whether {@code what} may be written as plain text
     * @param membersChanged the desk's lists read again after an import
     */
    DataTransfer(Supplier<RepDesk> desk, Runner runner, Dialogs dialogs, Predicate<String> plainTextAllowed,
            Runnable membersChanged) {
        this.desk = desk;
        this.runner = runner;
        this.dialogs = dialogs;
        this.plainTextAllowed = plainTextAllowed;
        this.membersChanged = membersChanged;
    }

    void importMembers() {
        dialogs.chooseFileToOpen(Messages.text("shell.import.title"),
                Dialogs.FileType.of(Messages.text("shell.import.csvFiles"), "*.csv", "*.CSV")).ifPresent(file -> {
            String name = String.valueOf(file.getFileName());
            runner.run(Messages.text("shell.import.failed"), () -> {
                try {
                    return desk.get().memberImport().importFile(file);
                } catch (IOException e) {
                    throw new IOException(Messages.text("shell.import.cannotRead", name, e.getMessage()), e);
                }
            }, result -> {
                if (result.succeeded()) {
                    membersChanged.run();
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
        if (!plainTextAllowed.test(whatWords)) {
            return;
        }
        String ext = format.name().toLowerCase(Locale.ROOT);
        dialogs.chooseFileToSave(Messages.text("shell.export.title", whatWords, format.name()),
                "repdesk-" + what + "-" + desk.get().cases().today() + "." + ext,
                Dialogs.FileType.of(Messages.text("shell.export.files", format.name()), "*." + ext))
                .ifPresent(out -> write(what, format, out));
    }

    private void write(String what, Exporter.Format format, Path out) {
        runner.run(Messages.text("shell.export.failed"), () -> {
            Exporter exporter = desk.get().exporter();
            return switch (what) {
                case "members" -> exporter.exportMembers(format, out);
                case "cases" -> exporter.exportCases(format, out);
                case "deadlines" -> exporter.exportDeadlines(format, out);
                case "workload" -> exporter.exportWorkload(format, out);
                default -> exporter.exportDemands(format, out);
            };
        }, n -> dialogs.inform(Messages.text("shell.export.doneHeader"), List.of(
                Messages.text("shell.export.done." + what, Map.of("n", n, "file", String.valueOf(out))),
                Messages.text("shell.export.keepSafe"))));
    }
}
