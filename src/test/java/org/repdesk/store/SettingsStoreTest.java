package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.repdesk.testing.Engine;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseType;
import org.repdesk.model.StageCatalogue;

@ParameterizedClass
@EnumSource(Engine.class)
class SettingsStoreTest {

    @Parameter
    Engine engine;


    @TempDir
    Path dir;
    private Database db;
    private SettingsStore settings;

    @BeforeEach
    void open() {
        db = engine.open(dir);
        settings = new SettingsStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewFileHasTheDefaultStages() {
        assertEquals(StageCatalogue.DEFAULTS, settings.stages());
    }

    @Test
    void savedStagesKeepTheirOrderAndOtherTypesKeepTheirDefaults() {
        List<String> mine = List.of("Zoë's stage", "Appeal", "Adran 1 — Cymraeg");
        settings.saveStages(CaseType.GRIEVANCE, mine);
        settings.saveStages(CaseType.GRIEVANCE, List.of("Replaced", "Appeal"));
        settings.saveStages(CaseType.CAPABILITY, mine);
        StageCatalogue read = settings.stages();
        assertEquals(List.of("Replaced", "Appeal"), read.stagesFor(CaseType.GRIEVANCE));
        assertEquals(mine, read.stagesFor(CaseType.CAPABILITY));
        assertEquals(StageCatalogue.DEFAULTS.stagesFor(CaseType.SICKNESS_ABSENCE), read.stagesFor(CaseType.SICKNESS_ABSENCE));
    }

    @Test
    void valuesAreReplacedNotDuplicated() {
        assertEquals(Optional.empty(), settings.value("wmt.po.defaultHours"));
        settings.putValue("wmt.po.defaultHours", "37");
        settings.putValue("wmt.po.defaultHours", "36.5");
        assertEquals(Optional.of("36.5"), settings.value("wmt.po.defaultHours"));
    }
}
