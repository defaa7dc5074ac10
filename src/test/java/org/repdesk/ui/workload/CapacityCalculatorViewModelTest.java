package org.repdesk.ui.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Grade;
import org.repdesk.model.WmtSettings;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.Background;
import org.repdesk.ui.papers.Runner;

/** The WMT capacity calculator with no window: it reads the figures once when opened, then only computes. */
class CapacityCalculatorViewModelTest {

    /** The settings are never reached in these tests except through this runner's jobs: counted. */
    private final List<String> reads = new ArrayList<>();
    @TempDir
    Path dir;
    private RepDesk desk;
    private final Runner counting = new Runner() {
        @Override
        public <T> void run(String failure, Background.Job<T> job, Consumer<T> done) {
            reads.add(failure);
            try {
                done.accept(job.run());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    };
    private CapacityCalculatorViewModel vm;

    @BeforeEach
    void make() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        vm = new CapacityCalculatorViewModel(desk::settings, counting);
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    @Test
    void saysItIsReadingUntilOpenedAndTypingReadsNothing() {
        vm.pointsProperty().set("2500");
        assertEquals("Reading your region's WMT figures…", vm.resultProperty().get());
        assertEquals(List.of(), reads, "no store call before the calculator is opened");
    }

    @Test
    void aFullTimeProbationOfficerOverTheThresholdIsFlagged() {
        vm.readFigures();
        assertEquals("Available points: 2,171", vm.resultProperty().get());
        vm.pointsProperty().set("2500");
        assertEquals("Available points: 2,171   Capacity: 115.2%  (over 110%)", vm.resultProperty().get());
        assertEquals(1, reads.size(), "each keystroke computes without reading the figures again");
    }

    @Test
    void aReductionLargerThanTheHoursIsRefusedInWords() {
        vm.readFigures();
        vm.reductionProperty().set("40");
        assertEquals("Reduction hours cannot be more than contracted hours.", vm.resultProperty().get());
        vm.reductionProperty().set("ten");
        assertEquals("Reduction hours must be a number, like 37.5.", vm.resultProperty().get());
    }

    @Test
    void figuresChangedInSettingsAreReadWhenOpenedAgain() {
        vm.readFigures();
        desk.settings().saveWmt(new WmtSettings(2000, 37, 2659, 37, 110, 4));
        vm.readFigures();
        assertEquals("Available points: 2,000", vm.resultProperty().get());
        vm.gradeProperty().set(Grade.PSO);
        assertEquals("Available points: 2,659", vm.resultProperty().get());
    }

    @Test
    void theAnswerSpeaksWelsh() {
        Messages.setLanguage(Messages.WELSH);
        vm.readFigures();
        vm.reductionProperty().set("40");
        assertEquals("Ni all oriau gostyngiad fod yn fwy na'r oriau dan gontract.", vm.resultProperty().get());
    }
}
