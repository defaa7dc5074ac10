package org.repdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupClassListTest {

    @Test
    void keepsClassesFromTheJarAndRuntimeInLoadOrderUntilTheFirstFrame() {
        List<String> log = List.of(
                "[0.025s] java.lang.Object source: shared objects file",
                "[0.070s] org.repdesk.bench.gui.StartupProbe source: file:/work/target/repdesk.jar",
                "[0.098s] org.repdesk.App source: file:/work/target/repdesk.jar",
                "[0.120s] sun.nio.ch.FileChannelImpl source: jrt:/java.base",
                "[0.130s] org.repdesk.App$$Lambda$32/0x00007fb13c00f478 source: org.repdesk.App",
                "[0.140s] java.lang.invoke.LambdaForm$MH/0x0000000800c01000 source: __JVM_LookupDefineClass__",
                "[0.300s] javafx.scene.control.MenuBar source: jar:file:/work/javafx-controls.jar!/",
                "[0.310s] org.repdesk.bench.ProcessMemory source: file:/work/target/repdesk.jar",
                "[0.315s] java.lang.management.ManagementFactory source: jrt:/java.management",
                "[0.316s] sun.management.VMManagementImpl source: jrt:/java.management",
                "[0.320s] org.repdesk.App source: file:/work/target/repdesk.jar",
                "not a class line",
                "[0.900s] org.repdesk.ui.CasesView source: file:/work/target/repdesk.jar");
        assertEquals(List.of("org.repdesk.App", "sun.nio.ch.FileChannelImpl", "javafx.scene.control.MenuBar"),
                StartupClassList.firstFrameClasses(log, 850));
    }

    /** Classes from the jar the start did not verify by the first frame are marked to be loaded only; the runtime's are never marked. */
    @Test
    void marksTheJarsClassesNotVerifiedByTheFirstFrame() {
        List<String> log = List.of(
                "[0.098s] org.repdesk.App source: file:/work/target/repdesk.jar",
                "[0.099s] org.repdesk.ui.CasesView source: file:/work/target/repdesk.jar",
                "[0.100s] org.repdesk.ui.MainWindow source: file:/work/target/repdesk.jar",
                "[0.110s] Start class verification for: org.repdesk.App",
                "[0.111s] End class verification for: org.repdesk.App",
                "[0.120s] sun.nio.ch.FileChannelImpl source: jrt:/java.base",
                "[0.300s] Start class verification for: org.repdesk.ui.MainWindow",
                "[0.900s] Start class verification for: org.repdesk.ui.CasesView");
        List<String> names = StartupClassList.firstFrameClasses(log, 850);
        assertEquals(List.of("org.repdesk.App", "org.repdesk.ui.CasesView unlinked", "org.repdesk.ui.MainWindow",
                "sun.nio.ch.FileChannelImpl"), StartupClassList.markUnlinked(log, 850, names));
    }

    /**
     * The JVM's own class list (for the plain jar's window archive) is cut where the first class loaded after the
     * first frame comes, its lambdas kept with the classes around them; the probe's classes and lambdas and the JVM's
     * comments are left out.
     */
    @Test
    void theJvmsClassListKeepsTheStartsClassesAndLambdasUntilTheFirstFrame() {
        List<String> log = List.of(
                "[0.025s] java.lang.Object source: shared objects file",
                "[0.100s] org.repdesk.App source: file:/work/target/repdesk.jar",
                "[0.150s] org.repdesk.bench.gui.StartupProbe source: file:/work/target/repdesk.jar",
                "[0.200s] org.repdesk.App$$Lambda$1/0x0000000800c01000 source: org.repdesk.App",
                "[0.300s] javafx.scene.control.MenuBar source: file:/work/target/repdesk.jar",
                "[0.900s] org.repdesk.ui.CasesView source: file:/work/target/repdesk.jar",
                "[0.910s] javafx.scene.control.MenuBar source: file:/work/target/repdesk.jar");
        List<String> jvm = List.of(
                "# NOTE: Do not modify this file.",
                "java/lang/Object",
                "org/repdesk/App",
                "org/repdesk/bench/gui/StartupProbe",
                "@lambda-proxy org/repdesk/App run ()Ljava/lang/Runnable; ()V REF_invokeStatic org/repdesk/App lambda$start$0 ()V ()V",
                "@lambda-proxy org/repdesk/bench/gui/StartupProbe run ()Ljava/lang/Runnable; ()V REF_invokeStatic org/repdesk/bench/gui/StartupProbe lambda$main$1 ()V ()V",
                "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L_V",
                "javafx/scene/control/MenuBar",
                "org/repdesk/ui/CasesView",
                "@lambda-proxy org/repdesk/ui/CasesView run ()Ljava/lang/Runnable; ()V REF_invokeStatic org/repdesk/ui/CasesView lambda$new$0 ()V ()V");
        assertEquals(List.of("java/lang/Object", "org/repdesk/App",
                "@lambda-proxy org/repdesk/App run ()Ljava/lang/Runnable; ()V REF_invokeStatic org/repdesk/App lambda$start$0 ()V ()V",
                "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L_V",
                "javafx/scene/control/MenuBar"), StartupClassList.untilFirstFrame(jvm, log, 850));
    }
}
