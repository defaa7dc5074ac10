package org.repdesk.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Exporter;
import org.repdesk.service.MemberImport;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.papers.Runner;

/**
 * File ▸ Import and Export: choose a file, run the service in the background, say what happened.
 * The file is chosen and the outcome told through {@link Dialogs}, the work done through a
 * {@link Runner}: a test runs both without a window. One at a time: asked again while a file is
 * being read or written, it does nothing.
 */
public final class DataTransferViewModel {

    private final Supplier<RepDesk> desk;
    private final Runner runner;
    private final Dialogs dialogs;
    private final Predicate<String> plainTextAllowed;
    private final Runnable membersChanged;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    DataTransferViewModel(DeskState state) {
        this(state::desk, Runner.of(state, state::owner), state.dialogs(), state::plainTextAllowed, state::reloadMembers);
    }

    /**
     * @param plainTextAllowed asks, for a protected file, whether {@code what} may be written as plain text
     * @param membersChanged the desk's lists read again after an import
     */
    public DataTransferViewModel(Supplier<RepDesk> desk, Runner runner, Dialogs dialogs, Predicate<String> plainTextAllowed,
            Runnable membersChanged) {
        this.desk = desk;
        this.runner = runner;
        this.dialogs = dialogs;
        this.plainTextAllowed = plainTextAllowed;
        this.membersChanged = membersChanged;
    }

    /** True while a file is being read or written. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** The heading of what the last import or export came to ("Members imported", "Nothing was imported: …"). */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /**
     * File ▸ Import members: a CSV chosen, read whole or not at all. A file with problems (a row
     * with no name, a number used twice, not a CSV at all) imports nothing and lists every problem.
     */
    public void importMembers() {
        if (working.get()) {
            return;
        }
        dialogs.chooseFileToOpen(Messages.text("shell.import.title"),
                Dialogs.FileType.of(Messages.text("shell.import.csvFiles"), "*.csv", "*.CSV")).ifPresent(file -> {
            String name = String.valueOf(file.getFileName());
            String failure = Messages.text("shell.import.failed");
            attempt(failure, () -> {
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
                    tell(true, Messages.text("shell.import.doneHeader"), lines);
                } else {
                    tell(false, Messages.text("shell.import.problems", Map.of("file", name, "n", result.problems().size())),
                            result.problems().stream().map(MemberImport.Problem::describe).toList());
                }
            });
        });
    }

    /** The work's result, or what stopped it: caught on the worker so that {@code working} ends on the FX thread either way. */
    private record Ended<T>(T result, Exception failure) {
    }

    private <T> void attempt(String failure, Background.Job<T> job, java.util.function.Consumer<T> done) {
        working.set(true);
        runner.run(failure, () -> {
            try {
                return new Ended<>(job.run(), null);
            } catch (Exception e) {
                return new Ended<T>(null, e);
            }
        }, ended -> {
            working.set(false);
            if (ended.failure() == null) {
                done.accept(ended.result());
            } else {
                java.util.logging.Logger.getLogger(DataTransferViewModel.class.getName())
                        .log(java.util.logging.Level.WARNING, failure, ended.failure());
                outcome.set(failure);
                dialogs.failed(failure, ended.failure());
            }
        });
    }

    private void tell(boolean done, String header, List<String> lines) {
        outcome.set(header);
        if (done) {
            dialogs.inform(header, lines);
        } else {
            dialogs.warn(header, lines);
        }
    }

    /**
     * File ▸ Export ▸ {@code what} ("members", "cases", "deadlines", "workload", "demands") as CSV or
     * JSON: for a protected file the rep is asked first (it leaves the file as plain text), then where.
     */
    public void export(String what, Exporter.Format format) {
        if (working.get()) {
            return;
        }
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
        attempt(Messages.text("shell.export.failed"), () -> {
            Exporter exporter = desk.get().exporter();
            return switch (what) {
                case "members" -> exporter.exportMembers(format, out);
                case "cases" -> exporter.exportCases(format, out);
                case "deadlines" -> exporter.exportDeadlines(format, out);
                case "workload" -> exporter.exportWorkload(format, out);
                default -> exporter.exportDemands(format, out);
            };
        }, n -> tell(true, Messages.text("shell.export.doneHeader"), List.of(
                Messages.text("shell.export.done." + what, Map.of("n", n, "file", String.valueOf(out))),
                Messages.text("shell.export.keepSafe"))));
    }
}
