package org.repdesk;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.repdesk.store.StoreException;

/**
 * The package tree is the architecture (STYLE.md): model knows no JavaFX or SQL, store knows SQL but
 * not JavaFX, services are the seam the GUI and the CLI share, and only the GUI touches JavaFX.
 */
@AnalyzeClasses(packages = "org.repdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainDomain = noClasses().that().resideInAPackage("org.repdesk.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.sqlite..",
                    "org.repdesk.store..", "org.repdesk.service..", "org.repdesk.ui..", "org.repdesk.cli..")
            .because("the domain model is plain Java that every layer can use");

    @ArchTest
    static final ArchRule storeDoesNotReachUp = noClasses().that().resideInAPackage("org.repdesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.repdesk.service..", "org.repdesk.ui..",
                    "org.repdesk.cli..")
            .because("the store knows SQL and the model, nothing above it");

    @ArchTest
    static final ArchRule servicesServeBothFrontEnds = noClasses().that().resideInAPackage("org.repdesk.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.repdesk.ui..", "org.repdesk.cli..")
            .because("the GUI and the command line call the same services");

    @ArchTest
    static final ArchRule onlyTheStoreChoosesByEngine = noClasses().that().resideOutsideOfPackage("org.repdesk.store..")
            // The desk says where the rep is working (the window's title, the login's role): it chooses no SQL.
            .and().doNotBelongToAnyOf(org.repdesk.service.RepDesk.class)
            .should().callMethod(org.repdesk.store.Database.class, "isCasebook")
            .because("what differs between SQLite and PostgreSQL lives in the store, one method doing either "
                    + "(STYLE.md 21: the member import chose its audit entries by engine in the service)");

    @ArchTest
    static final ArchRule onlyTheGuiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.repdesk.ui..")
            .and().resideOutsideOfPackage("org.repdesk.bench.gui..") // the start-up probe drives the window
            .and().doNotHaveFullyQualifiedName("org.repdesk.App")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the command line and the tests run with no window");

    @ArchTest
    static final ArchRule guiDoesNotUseSql = noClasses().that().resideInAPackage("org.repdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
            .because("controllers call services, never the database");

    @ArchTest
    static final ArchRule guiReachesTheStoreOnlyForItsErrors = noClasses().that().resideInAPackage("org.repdesk.ui..")
            .should().dependOnClassesThat(resideInAPackage("org.repdesk.store..")
                    .and(not(belongToAnyOf(StoreException.class))))
            .because("controllers call services; only a StoreException may reach them, to be shown in words");

    @ArchTest
    static final ArchRule cliUsesNoJavaFxAndNoGui = noClasses().that().resideInAPackage("org.repdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.repdesk.ui..")
            .because("the command line runs headless");

    @ArchTest
    static final ArchRule wordsDependOnNothingOfOurs = noClasses().that().resideInAPackage("org.repdesk.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.repdesk.model..",
                    "org.repdesk.store..", "org.repdesk.service..", "org.repdesk.report..", "org.repdesk.ui..",
                    "org.repdesk.cli..")
            .because("every layer speaks through the bundles, so the bundles lean on no layer");

    @ArchTest
    static final ArchRule layersDoNotDependOnEachOtherInACircle = slices().matching("org.repdesk.(*)..")
            .should().beFreeOfCycles()
            .because("each layer can then be read, changed and tested from the bottom up");

    @ArchTest
    static final ArchRule theAppKnowsNothingOfItsProbe = noClasses().that().resideInAPackage("org.repdesk.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.repdesk.bench..")
            .because("the start-up probe watches the app from outside; the app ships without needing it (issue 20)");

    @ArchTest
    static final ArchRule theGuiMakesThreadsInOnePlace = noClasses().that().resideInAPackage("org.repdesk.ui..")
            .and().doNotBelongToAnyOf(org.repdesk.ui.Background.class)
            .should().callConstructorWhere(describe("a Thread's constructor",
                    call -> call.getTargetOwner().isAssignableTo(Thread.class)))
            .orShould().callMethodWhere(describe("an Executors factory",
                    call -> call.getTargetOwner().isEquivalentTo(java.util.concurrent.Executors.class)))
            .because("background work goes through ui.Background, where the FX thread's store rule is kept (issue 20)");

    @ArchTest
    static final ArchRule theScreensTellTheRepThroughDialogs = noClasses().that().resideInAPackage("org.repdesk.ui..")
            .and().doNotBelongToAnyOf(org.repdesk.ui.FxDialogs.class, org.repdesk.ui.Alerts.class,
                    org.repdesk.ui.Background.class) // Background: a failure before the window has its dialogs
            .should().callMethodWhere(describe("a static Alerts dialog",
                    call -> call.getTargetOwner().getSimpleName().equals("Alerts")
                            && !call.getName().equals("describe")))
            .because("screens ask and tell through the Dialogs passed in, which a test can stand in for (issue 20)");

    @ArchTest
    static final ArchRule onlyTheDialogsMakeAlerts = noClasses().that().resideInAPackage("org.repdesk.ui..")
            .and().doNotBelongToAnyOf(org.repdesk.ui.FxDialogs.class, org.repdesk.ui.Alerts.class)
            .should().callConstructorWhere(describe("an Alert's constructor",
                    call -> call.getTargetOwner().isAssignableTo(javafx.scene.control.Alert.class)))
            .because("every question and message to the rep goes through Dialogs, which a test stands in for; "
                    + "an Alert made elsewhere (as \"Save the changes?\" was) cannot be answered without a window "
                    + "(issue 20)");

    @ArchTest
    static final ArchRule filesAreChosenThroughDialogs = noClasses().that().resideInAPackage("org.repdesk.ui..")
            .and().doNotBelongToAnyOf(org.repdesk.ui.FxDialogs.class)
            .should().dependOnClassesThat().belongToAnyOf(javafx.stage.FileChooser.class)
            .because("a file chooser starts in the rep's Documents folder and over the window in use, and a test "
                    + "answers it without a window, only through Dialogs (issue 20)");

    @ArchTest
    static final ArchRule printingGoesThroughThePrintService = noClasses().that()
            .resideOutsideOfPackage("org.repdesk.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.print..", "java.awt.print..", "javax.print..",
                    "org.apache.pdfbox.printing..")
            .because("the app and the command line print the same way, through service.Printers (issue 22)");

    @ArchTest
    static final ArchRule formViewModelsKnowNoControls = noClasses().that()
            .resideInAnyPackage("org.repdesk.ui.cases..", "org.repdesk.ui.members..", "org.repdesk.ui.common..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a form's state, checks and save are tested with plain JUnit, no window (issue 20)");

    @ArchTest
    static final ArchRule viewModelsHoldStateNotControls = noClasses().that()
            .haveSimpleNameEndingWith("ViewModel").and().resideInAPackage("org.repdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a view-model is tested with plain JUnit, no window and no toolkit (issue 20)");

    @ArchTest
    static final ArchRule theMainWindowOnlyLaysOut = noClasses().that().belongToAnyOf(org.repdesk.ui.MainWindow.class)
            .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Dialog")
            .because("MainWindow lays out and binds: Screens makes the screens, MenuActions opens the dialogs (issue 20)");

    /** Views named otherwise than by what they are: the first run's banner. */
    private static final java.util.Set<String> VIEWS_BY_NAME = java.util.Set.of("org.repdesk.ui.Welcome");

    private static final DescribedPredicate<JavaClass> A_SCREEN = describe("a view (a ui class named ...View, ...Panel, "
            + "...Pane, ...Form, ...Dialog, ...Window or ...Offer, the first run's Welcome, or a class inside one)", c -> {
                JavaClass outer = c;
                while (outer.getEnclosingClass().isPresent()) {
                    outer = outer.getEnclosingClass().get();
                }
                String name = outer.getSimpleName();
                return outer.getPackageName().startsWith("org.repdesk.ui")
                        && (name.endsWith("View") || name.endsWith("Panel") || name.endsWith("Pane")
                                || name.endsWith("Form") || name.endsWith("Dialog") || name.endsWith("Window")
                                || name.endsWith("Offer") || VIEWS_BY_NAME.contains(outer.getName()));
            });

    private static final DescribedPredicate<JavaMethodCall> A_SERVICE_METHOD = describe("a service's or a report's "
            + "method (other than the desk's own, which hands the services to the view-models; a record's fields and an "
            + "enum's words, which are what a service gave; an exception's message; and the build's own facts, AppInfo)",
            call -> {
                JavaClass owner = call.getTargetOwner();
                return (owner.getPackageName().startsWith("org.repdesk.service")
                                || owner.getPackageName().startsWith("org.repdesk.report"))
                        && !owner.isEquivalentTo(org.repdesk.service.RepDesk.class)
                        && !owner.isEquivalentTo(org.repdesk.service.AppInfo.class)
                        && !owner.isRecord() && !owner.isEnum()
                        && !owner.isAssignableTo(Throwable.class);
            });

    @ArchTest
    static final ArchRule screensLeaveServiceWorkToTheirViewModels = noClasses().that(A_SCREEN)
            .should().callMethodWhere(A_SERVICE_METHOD)
            .orShould().callConstructorWhere(describe("a service's or a report's constructor",
                    call -> (call.getTargetOwner().getPackageName().startsWith("org.repdesk.service")
                            || call.getTargetOwner().getPackageName().startsWith("org.repdesk.report"))
                            && !call.getTargetOwner().isRecord()))
            .because("views and dialogs only lay out and bind: reading, searching, saving, deleting and making "
                    + "documents are the view-models' commands, tested with plain JUnit (issue 20)");

    /**
     * One way to give a view-model its work: the service itself (or the desk), never one of its
     * methods as a reference. A reference is not a call, so the rule above let
     * {@code members()::save} through, and half the views were wired one way, half the other. The
     * case service's {@code today} is a clock, not work: view-models take it as one, and a test fixes it.
     */
    @ArchTest
    static final ArchRule screensHandOnServicesNotTheirMethods = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .classes().that(A_SCREEN)
            .should(new com.tngtech.archunit.lang.ArchCondition<JavaClass>("refer to no service's or report's method "
                    + "(the case service's today aside, a clock)") {
                @Override
                public void check(JavaClass screen, com.tngtech.archunit.lang.ConditionEvents events) {
                    for (var ref : screen.getMethodReferencesFromSelf()) {
                        JavaClass owner = ref.getTargetOwner();
                        boolean service = (owner.getPackageName().startsWith("org.repdesk.service")
                                || owner.getPackageName().startsWith("org.repdesk.report"))
                                && !owner.isEquivalentTo(org.repdesk.service.RepDesk.class)
                                && !owner.isRecord() && !owner.isEnum()
                                && !(owner.isEquivalentTo(org.repdesk.service.CaseService.class)
                                        && ref.getName().equals("today"));
                        if (service) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(ref, ref.getDescription()));
                        }
                    }
                }
            })
            .because("a view hands its view-model the service (or the desk), as every screen does; the view-model's "
                    + "test gives the same service over a test file (issue 20: one way for each thing)");

    /** A form handing on a service's method breaks the rule; a view handing on the desk does not. */
    @ArchTest
    static void aFormHandingOnAServicesMethodBreaksTheRule(JavaClasses ignored) throws ClassNotFoundException {
        var importer = new com.tngtech.archunit.core.importer.ClassFileImporter();
        try {
            screensHandOnServicesNotTheirMethods.check(importer.importClasses(Class.forName("org.repdesk.ui.MethodHandingForm")));
        } catch (AssertionError expected) {
            screensHandOnServicesNotTheirMethods.check(importer.importClasses(Class.forName("org.repdesk.ui.BindingOnlyView")));
            return;
        }
        throw new AssertionError("MethodHandingForm hands on members()::save, yet the rule let it pass");
    }

    /** The rule is not one that cannot fail: a view making a report, and a dialog exporting, break it. */
    @ArchTest
    static void aViewOrDialogThatCallsAServiceBreaksTheRule(JavaClasses ignored) throws ClassNotFoundException {
        for (String breaker : java.util.List.of("org.repdesk.ui.ReportMakingView", "org.repdesk.ui.ExportingDialog")) {
            JavaClasses one = new com.tngtech.archunit.core.importer.ClassFileImporter().importClasses(Class.forName(breaker));
            try {
                screensLeaveServiceWorkToTheirViewModels.check(one);
            } catch (AssertionError expected) {
                continue;
            }
            throw new AssertionError(breaker + " calls a service or makes a report, yet the rule let it pass");
        }
        screensLeaveServiceWorkToTheirViewModels.check(new com.tngtech.archunit.core.importer.ClassFileImporter()
                .importClasses(Class.forName("org.repdesk.ui.BindingOnlyView")));
    }
}
