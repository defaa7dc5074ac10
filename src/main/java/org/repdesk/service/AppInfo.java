package org.repdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.repdesk.i18n.Messages;

/**
 * What RepDesk says about itself: its version (stamped from the pom at build time) and the
 * third-party software it ships with, with each licence as the project itself publishes it.
 */
public final class AppInfo {

    public static final String NAME = "RepDesk";

    /** Shown when the classes were not built by Maven (e.g. an IDE that skips resource filtering). */
    static String unknownVersion() {
        return org.repdesk.i18n.Messages.text("about.developmentBuild");
    }

    /**
     * One library (or runtime, or font) shipped with RepDesk and the licence it is used under;
     * {@code artifacts} are the Maven {@code groupId} or {@code groupId:artifactId} it covers
     * (AppInfoTest checks every resolved runtime dependency is covered by one).
     */
    public record ThirdParty(String name, String role, String licence, String url, List<String> artifacts) {

        /** Without a role: a library whose name says what it is. */
        ThirdParty(String name, String licence, String url, List<String> artifacts) {
            this(name, null, licence, url, artifacts);
        }

        /** As About shows it: the project's own name, then what it does for RepDesk in the rep's language. */
        public String shown() {
            return role == null ? name : name + " (" + Messages.text("shell.about.role." + role) + ")";
        }

        /** The licence's published name; "public domain" in the rep's language. */
        public String licenceShown() {
            return PUBLIC_DOMAIN.equals(licence) ? Messages.text("shell.about.publicDomain") : licence;
        }

        /** Whether this entry covers the Maven artifact {@code groupId:artifactId}. */
        public boolean covers(String groupId, String artifactId) {
            return artifacts.stream().anyMatch(a -> a.equals(groupId) || a.equals(groupId + ":" + artifactId));
        }
    }

    private static final String APACHE_2 = "https://www.apache.org/licenses/LICENSE-2.0";
    private static final String PUBLIC_DOMAIN = "public-domain"; // not for reps: shown as shell.about.publicDomain

    /*
     * Checked against each artifact's pom <licenses> (or its parent's), version by version; the
     * Debian package's copyright file (packaging/linux/copyright) lists the same. The names and the
     * licences' names are as each project publishes them, in every language (marked not for reps).
     */
    private static final List<ThirdParty> THIRD_PARTY = List.of(
            new ThirdParty("OpenJDK runtime", "GPLv2 + Classpath Exception", "https://openjdk.org/legal/gplv2+ce.html", // not for reps
                    List.of()),
            new ThirdParty("OpenJFX (JavaFX)", "GPLv2 + Classpath Exception", "https://openjdk.org/legal/gplv2+ce.html", // not for reps
                    List.of("org.openjfx")),
            new ThirdParty("ControlsFX", "BSD 3-Clause", "https://github.com/controlsfx/controlsfx/blob/master/license.txt",
                    List.of("org.controlsfx")),
            new ThirdParty("AtlantaFX", "MIT", "https://github.com/mkpaz/atlantafx/blob/master/LICENSE",
                    List.of("io.github.mkpaz")),
            new ThirdParty("SQLite JDBC driver (io.github.willena)", "Apache 2.0", APACHE_2, // not for reps
                    List.of("io.github.willena:sqlite-jdbc")),
            new ThirdParty("SQLite3 Multiple Ciphers", "inTheDriver", "MIT", // not for reps
                    "https://github.com/utelle/SQLite3MultipleCiphers/blob/main/LICENSE", List.of()),
            new ThirdParty("SQLite", "inTheDriver", PUBLIC_DOMAIN, "https://sqlite.org/copyright.html", List.of()),
            new ThirdParty("Jackson", "jackson", "Apache 2.0", APACHE_2, // not for reps
                    List.of("com.fasterxml.jackson.core", "com.fasterxml.jackson.dataformat",
                            "com.fasterxml.jackson.datatype")),
            new ThirdParty("Woodstox", "Apache 2.0", APACHE_2, List.of("com.fasterxml.woodstox")), // not for reps
            new ThirdParty("Stax2 API", "BSD 2-Clause", "https://github.com/FasterXML/stax2-api/blob/master/LICENSE",
                    List.of("org.codehaus.woodstox")),
            new ThirdParty("Jollyday", "Apache 2.0", APACHE_2, List.of("de.focus-shift")), // not for reps
            new ThirdParty("ThreeTen-Extra", "BSD 3-Clause", "https://github.com/ThreeTen/threeten-extra/blob/main/LICENSE.txt",
                    List.of("org.threeten")),
            new ThirdParty("openhtmltopdf", "LGPL 2.1 or later", "https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html", // not for reps
                    List.of("io.github.openhtmltopdf")),
            new ThirdParty("Apache PDFBox", "pdfbox", "Apache 2.0", APACHE_2, List.of("org.apache.pdfbox")), // not for reps
            new ThirdParty("PdfBoxGraphics2D", "Apache 2.0", APACHE_2, List.of("de.rototor.pdfbox")), // not for reps
            new ThirdParty("Apache Commons Logging", "Apache 2.0", APACHE_2, List.of("commons-logging")), // not for reps
            new ThirdParty("JFreeChart", "LGPL 2.1 or later", "https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html", // not for reps
                    List.of("org.jfree")),
            new ThirdParty("ICU4J", "Unicode License v3", "https://www.unicode.org/license.txt", List.of("com.ibm.icu")), // not for reps
            new ThirdParty("fastexcel", "spreadsheets", "Apache 2.0", APACHE_2, List.of("org.dhatim")), // not for reps
            new ThirdParty("opczip", "inFastexcel", "Apache 2.0", APACHE_2, List.of("com.github.rzymek")), // not for reps
            new ThirdParty("PostgreSQL JDBC Driver", "casebook", "BSD 2-Clause", // not for reps
                    "https://jdbc.postgresql.org/license/", List.of("org.postgresql")),
            new ThirdParty("Checker Framework qualifiers", "inThePostgresqlDriver", "MIT", // not for reps
                    "https://github.com/typetools/checker-framework/blob/master/LICENSE.txt", List.of("org.checkerframework")),
            new ThirdParty("SLF4J", "MIT", "https://www.slf4j.org/license.html", List.of("org.slf4j")),
            new ThirdParty("DejaVu fonts", "inDocuments", "DejaVu Fonts License", // not for reps
                    "https://dejavu-fonts.github.io/License.html", List.of()));

    private AppInfo() {
    }

    /** The version of this build, e.g. {@code 0.1.0}; never null. */
    public static String version() {
        return versionFrom(AppInfo.class.getResourceAsStream("/org/repdesk/version.properties"));
    }

    static String versionFrom(InputStream in) {
        if (in == null) {
            return unknownVersion();
        }
        Properties p = new Properties();
        try (in) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties", e);
        }
        String v = p.getProperty("version", "").strip();
        return v.isEmpty() || v.startsWith("${") ? unknownVersion() : v;
    }

    /** The third-party software in the installers, in the order the About dialog lists it. */
    public static List<ThirdParty> thirdParty() {
        return THIRD_PARTY;
    }
}
