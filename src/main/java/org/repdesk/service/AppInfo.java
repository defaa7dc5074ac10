package org.repdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * What RepDesk says about itself: its version (stamped from the pom at build time) and the
 * third-party software it ships with, with each licence as the project itself publishes it.
 */
public final class AppInfo {

    public static final String NAME = "RepDesk";

    /** Shown when the classes were not built by Maven (e.g. an IDE that skips resource filtering). */
    static final String UNKNOWN_VERSION = "development build";

    /** One library (or runtime) shipped with RepDesk and the licence it is used under. */
    public record ThirdParty(String name, String licence, String url) {
    }

    /*
     * Checked against each artifact's pom <licenses> (or its parent's) and META-INF, version by version.
     * Keep in step with pom.xml: a new runtime dependency needs a line here.
     */
    private static final List<ThirdParty> THIRD_PARTY = List.of(
            new ThirdParty("OpenJDK runtime", "GPLv2 + Classpath Exception", "https://openjdk.org/legal/gplv2+ce.html"),
            new ThirdParty("OpenJFX (JavaFX)", "GPLv2 + Classpath Exception", "https://openjdk.org/legal/gplv2+ce.html"),
            new ThirdParty("ControlsFX", "BSD 3-Clause", "https://github.com/controlsfx/controlsfx/blob/master/license.txt"),
            new ThirdParty("AtlantaFX", "MIT", "https://github.com/mkpaz/atlantafx/blob/master/LICENSE"),
            new ThirdParty("SQLite JDBC (xerial)", "Apache 2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
            new ThirdParty("SQLite", "Public domain", "https://sqlite.org/copyright.html"),
            new ThirdParty("Jackson (JSON, CSV, XML, dates)", "Apache 2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
            new ThirdParty("Woodstox", "Apache 2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
            new ThirdParty("Stax2 API", "BSD 2-Clause", "https://github.com/FasterXML/stax2-api/blob/master/LICENSE"),
            new ThirdParty("Jollyday", "Apache 2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
            new ThirdParty("ThreeTen-Extra", "BSD 3-Clause", "https://github.com/ThreeTen/threeten-extra/blob/main/LICENSE.txt"),
            new ThirdParty("SLF4J", "MIT", "https://www.slf4j.org/license.html"));

    private AppInfo() {
    }

    /** The version of this build, e.g. {@code 0.1.0}; never null. */
    public static String version() {
        return versionFrom(AppInfo.class.getResourceAsStream("/org/repdesk/version.properties"));
    }

    static String versionFrom(InputStream in) {
        if (in == null) {
            return UNKNOWN_VERSION;
        }
        Properties p = new Properties();
        try (in) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties", e);
        }
        String v = p.getProperty("version", "").strip();
        return v.isEmpty() || v.startsWith("${") ? UNKNOWN_VERSION : v;
    }

    /** The third-party software in the installers, in the order the About dialog lists it. */
    public static List<ThirdParty> thirdParty() {
        return THIRD_PARTY;
    }
}
