package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.swing.plaf.metal.MetalLookAndFeel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChartLookTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(ChartLook.DEFAULT_LOOK);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(ChartLook.DEFAULT_LOOK);
        } else {
            System.setProperty(ChartLook.DEFAULT_LOOK, before);
        }
    }

    @Test
    void aCommandStartsSwingWithTheChartsLookUnlessOneWasChosen() {
        System.clearProperty(ChartLook.DEFAULT_LOOK);
        ChartLook.forCommands();
        assertEquals(ChartLook.class.getName(), System.getProperty(ChartLook.DEFAULT_LOOK));

        System.setProperty(ChartLook.DEFAULT_LOOK, "javax.swing.plaf.nimbus.NimbusLookAndFeel");
        ChartLook.forCommands();
        assertEquals("javax.swing.plaf.nimbus.NimbusLookAndFeel", System.getProperty(ChartLook.DEFAULT_LOOK));
    }

    @Test
    void theOneColourAChartReadsIsMetalsOwn() {
        assertEquals(new MetalLookAndFeel().getDefaults().getColor("Panel.background"),
                new ChartLook().getDefaults().getColor("Panel.background"));
    }
}
