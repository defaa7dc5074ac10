package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tripwire for docs/encryption.md: the shipped xerial driver accepts a key and a
 * {@code PRAGMA key} without complaint and still writes plain text. A passphrase feature must
 * therefore check that the file really is encrypted, never trust that the key was accepted.
 */
@DisabledIf("org.repdesk.store.EncryptionSpikeTest#multipleCiphersDriver")
class ShippedDriverTest {

    @TempDir
    Path dir;

    @Test
    void shippedDriverAcceptsAPassphraseAndStillWritesPlainText() throws Exception {
        Path file = dir.resolve("desk.db");
        Properties props = new Properties();
        props.setProperty("password", "correct horse");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, props);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA key = 'correct horse'");
            st.execute("CREATE TABLE member(name TEXT)");
            st.execute("INSERT INTO member VALUES ('Siân Pritchard-Okonkwo')");
            try (ResultSet rs = st.executeQuery("SELECT name FROM member")) {
                assertTrue(rs.next());
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("SQLite format 3", new String(bytes, 0, 15, StandardCharsets.US_ASCII));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("Siân Pritchard-Okonkwo"));
    }
}
