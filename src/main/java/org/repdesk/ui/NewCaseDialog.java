package org.repdesk.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.Member;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.ui.cases.NewCaseViewModel;
import org.repdesk.ui.papers.Runner;

/** Opens a new case for a member: type, starting stage, date opened, and whether workload is a factor. */
final class NewCaseDialog {

    private NewCaseDialog() {
    }

    /** Shows the dialog; when the case is saved, {@code opened} gets its id. */
    static void show(DeskState state, Member forMember, Consumer<UUID> opened) {
        // The stage lists are the file's (or the casebook's) settings: read on the worker, never here.
        NewCaseViewModel.read(state.desk(), Runner.of(state, state::owner),
                state.members().sorted((a, b) -> Tables.compare(a.name(), b.name())), forMember,
                vm -> show(state, vm, forMember, opened));
    }

    private static void show(DeskState state, NewCaseViewModel vm, Member forMember, Consumer<UUID> opened) {
        Dialog<CaseFile> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle(Messages.text("cases.new.title"));
        dialog.setHeaderText(Messages.text("cases.new.header"));

        VBox member = memberPicker(vm);
        ComboBox<CaseType> type = new ComboBox<>();
        LabelCells.on(type);
        type.getItems().setAll(CaseType.values());
        type.valueProperty().bindBidirectional(vm.typeProperty());
        type.setId("newcase-type");
        ComboBox<String> stage = new ComboBox<>(vm.stages());
        stage.setConverter(org.repdesk.ui.common.Labels.stageConverter()); // stored in English, shown in the rep's language
        stage.valueProperty().bindBidirectional(vm.stageProperty());
        stage.setId("newcase-stage");
        DateField openedOn = new DateField(Messages.text("cases.new.opened"), vm.openedOnProperty().get());
        openedOn.setId("newcase-opened");
        openedOn.getEditor().textProperty().addListener((o, a, text) -> {
            vm.openedOnTypedProperty().set(openedOn.problemProperty().get());
            if (!Objects.equals(openedOn.date(), vm.openedOnProperty().get())) {
                vm.openedOnProperty().set(openedOn.date());
            }
        });
        openedOn.valueProperty().addListener((o, a, d) -> vm.openedOnProperty().set(d));
        ComboBox<WorkloadFactor> factor = new ComboBox<>();
        LabelCells.on(factor);
        factor.getItems().setAll(WorkloadFactor.values());
        factor.valueProperty().bindBidirectional(vm.factorProperty());
        factor.setId("newcase-factor");
        TextArea account = new TextArea();
        account.setId("newcase-account");
        account.setPromptText(Messages.text("cases.new.account.prompt"));
        account.setPrefRowCount(3);
        account.setWrapText(true);
        account.textProperty().bindBidirectional(vm.accountProperty());
        for (ComboBox<?> box : List.of(type, stage, factor)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        // Every type's stages, not only the first type's: the dialog is laid out once, and "Informal
        // stage (support and improvement plan)" was cut to "…improveme…" beside the Welsh labels.
        WholeText.keepLongestWhole(stage, vm.everyStage().stream().map(org.repdesk.ui.common.Labels::stage).toList());

        FormGrid grid = new FormGrid();
        grid.add(Messages.text("cases.new.member"), member);
        grid.addProblem(vm.memberProblem().shownProperty()).setId("newcase-member-problem");
        grid.add(Messages.text("cases.new.type"), type);
        grid.add(Messages.text("cases.new.stage"), stage);
        grid.addProblem(vm.stageProblem().shownProperty());
        grid.add(Messages.text("cases.new.opened.label"), openedOn);
        grid.addProblem(vm.openedOnProblem().shownProperty()).setId("newcase-opened-problem");
        grid.add(Messages.text("cases.new.factor"), factor);
        grid.add(Messages.text("cases.new.account"), account);
        grid.addProblem(vm.accountProblem().shownProperty());
        Label problems = FormDialog.problems();
        problems.setId("newcase-problems");
        problems.textProperty().bind(vm.openProblemProperty());
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.openProblemProperty()));
        problems.managedProperty().bind(problems.visibleProperty());
        ButtonType openType = new ButtonType(Messages.text("cases.new.open"), ButtonBar.ButtonData.OK_DONE);
        var openButton = FormDialog.lay(dialog, 560, openType, "newcase-open", grid, problems);
        openButton.disableProperty().bind(vm.canOpenProperty().not());
        // The dialog stays open until the case is saved: a refusal is said in it, with the form as filled.
        openButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.open(saved -> {
                dialog.setResult(saved);
                dialog.close();
            });
        });
        dialog.setResultConverter(b -> null);
        // The first field takes the cursor, so a keyboard user types at once: the member's search (typing
        // finds them), or with the member given, the type. Later: the dialog's own showing gives the
        // focus to its default button (Open) after onShown, which is where it stayed.
        Node first = forMember == null ? member.getChildren().get(0) : type;
        dialog.setOnShown(e -> javafx.application.Platform.runLater(first::requestFocus));
        dialog.showAndWait().ifPresent(c -> opened.accept(c.id()));
    }

    /**
     * The member: a search field over a short list, matching as every search does (accents folded:
     * "Sian" finds "Siân"). A plain field and list, not ControlsFX's SearchableComboBox, whose skin
     * filled the log with CSS ClassCastException warnings and which matched accents exactly.
     */
    private static VBox memberPicker(NewCaseViewModel vm) {
        TextField search = new TextField();
        search.setId("newcase-member-search");
        search.setPromptText(Messages.text("cases.new.member.prompt"));
        search.setAccessibleText(Messages.text("cases.new.member.accessible"));
        ListView<Member> list = new ListView<>(vm.matches());
        list.setId("newcase-member");
        list.setAccessibleText(Messages.text("cases.new.member.list"));
        list.setPrefHeight(130);
        list.setPlaceholder(new Label(Messages.text("cases.new.member.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Member m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : Messages.text("cases.new.member.row",
                        Map.of("name", m.shownName(), "number", m.membershipNumber())));
            }
        });
        search.textProperty().bindBidirectional(vm.memberSearchProperty());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, m) -> {
            if (m != null) {
                vm.memberProperty().set(m);
            }
        });
        // The member chosen stays chosen while the search narrows: selected again when listed.
        vm.matches().addListener((javafx.collections.ListChangeListener<Member>) c -> {
            Member chosen = vm.memberProperty().get();
            if (chosen != null && vm.matches().contains(chosen)) {
                list.getSelectionModel().select(chosen);
            }
        });
        Member given = vm.memberProperty().get();
        if (given != null) {
            list.getSelectionModel().select(given);
            list.scrollTo(given);
        }
        Label chosen = new Label();
        chosen.setId("newcase-member-chosen");
        chosen.getStyleClass().add("muted");
        chosen.visibleProperty().bind(Bindings.isNotEmpty(chosen.textProperty()));
        chosen.managedProperty().bind(chosen.visibleProperty());
        chosen.textProperty().bind(Bindings.createStringBinding(() -> vm.memberProperty().get() == null ? ""
                : Messages.text("cases.new.member.chosen", Map.of("name", vm.memberProperty().get().shownName(),
                        "number", vm.memberProperty().get().membershipNumber())), vm.memberProperty()));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.matches().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && vm.matches().size() == 1) {
                list.getSelectionModel().selectFirst(); // the only match: Enter takes it
                e.consume();
            }
        });
        VBox box = new VBox(4, search, list, chosen);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
