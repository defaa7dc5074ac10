package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Member;
import org.repdesk.testing.Engine;

/** Text being typed, kept in the file or casebook: it belongs to its case and goes with it. */
@ParameterizedClass
@EnumSource(Engine.class)
class DraftStoreTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;
    private Database db;
    private DraftStore drafts;
    private CaseFile c;

    @BeforeEach
    void open() {
        db = engine.open(dir);
        drafts = new DraftStore(db);
        Member m = aMember().named("Siân Jones").build();
        new MemberStore(db).insert(m);
        c = new CaseStore(db).insert(aCase(m).build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDraftOnACaseGoesWhenTheCaseIsDeletedAndOneOnACaseAlreadyGoneIsKeptWithoutIt() {
        drafts.keep("note:" + c.id() + ":1", c.id(), "Call\nAbout the hearing");
        drafts.keep("note:gone:1", UUID.randomUUID(), "Call\nOn a case deleted meanwhile");
        drafts.keep("other", "Not on a case");
        assertEquals(3, drafts.all().size());

        new CaseStore(db).delete(c.id());

        assertEquals(List.of("note:gone:1", "other"), drafts.all().stream().map(DraftStore.Draft::key).sorted().toList());
    }
}
