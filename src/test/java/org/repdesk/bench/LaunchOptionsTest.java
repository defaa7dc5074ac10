package org.repdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The launchers, a plain jar started again (Relaunch) and the start-up benchmark (which uses Relaunch's list) give the app the same JVM options. */
class LaunchOptionsTest {

    @Test
    void mvnJavafxRunTheInstallersAPlainJarStartedAgainAndTheBenchmarkStartTheAppWithTheSameJvmOptions() throws IOException {
        List<String> fromPom = new ArrayList<>();
        String pom = Files.readString(Path.of("pom.xml"));
        String plugin = pom.substring(pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>"));
        plugin = plugin.substring(0, plugin.indexOf("</plugin>"));
        Matcher m = Pattern.compile("<option>([^<]+)</option>").matcher(plugin);
        while (m.find()) {
            fromPom.add(m.group(1).strip());
        }
        List<String> fromInstallers = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("packaging", "app-image.args"))) {
            if (line.startsWith("--java-options -XX:")) {
                fromInstallers.add(line.substring("--java-options ".length()).strip());
            }
        }
        assertEquals(org.repdesk.Relaunch.JVM_OPTIONS, fromPom, "pom.xml javafx-maven-plugin <options>");
        assertEquals(org.repdesk.Relaunch.JVM_OPTIONS, fromInstallers, "packaging/app-image.args");
    }
}
