package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repdesk.i18n.Messages;

/**
 * The services' messages in Welsh, counts in each of the forms Welsh gives 1, 2, 3 and 6 ("un",
 * "dau" with a soft mutation, "tri" and "chwe" with an aspirate one): what the command line prints
 * with --lang cy and the app shows in Welsh.
 */
class WelshServiceMessagesTest {

    private Locale before;

    @BeforeEach
    void speakWelsh() {
        before = Messages.language();
        Messages.setLanguage(Messages.WELSH);
    }

    @AfterEach
    void speakAsBefore() {
        Messages.setLanguage(before);
    }

    @Test
    void aFileChecksCountsReadInWelshForOneTwoThreeAndSix() {
        List<String> said = new ArrayList<>();
        for (long n : new long[] {1, 2, 3, 6}) {
            said.add(new FileCheck.Report(List.of(), Map.of("member", n, "case_file", n, "timeline_entry", n,
                    "deadline", n, "workload_record", n)).summary());
        }
        assertEquals(List.of(
                "1 aelod, 1 achos, 1 cofnod llinell amser, 1 terfyn amser, 1 cofnod llwyth gwaith",
                "2 aelod, 2 achos, 2 gofnod llinell amser, 2 derfyn amser, 2 gofnod llwyth gwaith",
                "3 aelod, 3 achos, 3 chofnod llinell amser, 3 therfyn amser, 3 chofnod llwyth gwaith",
                "6 aelod, 6 achos, 6 chofnod llinell amser, 6 therfyn amser, 6 chofnod llwyth gwaith"), said);
    }

    @Test
    void theBackupsPutUnderANewPassphraseAreCountedInWelsh() {
        List<String> said = new ArrayList<>();
        for (int n : new int[] {1, 2, 3, 6}) {
            said.add(new Protection.Changed(false, true, n, List.of()).describe().get(1));
        }
        assertEquals(List.of(
                "Rhoddwyd 1 copi wrth gefn dan yr un cyfrinymadrodd.",
                "Rhoddwyd 2 gopi wrth gefn dan yr un cyfrinymadrodd.",
                "Rhoddwyd 3 chopi wrth gefn dan yr un cyfrinymadrodd.",
                "Rhoddwyd 6 chopi wrth gefn dan yr un cyfrinymadrodd."), said);
        assertEquals("Mae’r ffeil ddata bellach wedi’i diogelu â’r cyfrinymadrodd.",
                new Protection.Changed(false, true, 0, List.of()).describe().get(0));
    }

    @Test
    void aPassphraseChangedOrRemovedIsToldSoInWelshAndEnglish() {
        assertEquals("Newidiwyd y cyfrinymadrodd: mae’r ffeil ddata bellach wedi’i diogelu â’r un newydd.",
                new Protection.Changed(true, true, 0, List.of()).describe().get(0));
        assertEquals("Tynnwyd y cyfrinymadrodd: mae’r ffeil ddata bellach yn blaen (heb ei hamgryptio).",
                new Protection.Changed(true, false, 0, List.of()).describe().get(0));
    }

    @Test
    void anImportsBadRowsAreEachToldInWelshByLine() throws IOException {
        // Four columns; rows of one, two, three and six values, and a grade no one has.
        String csv = "membership_number,name,union,grade\n"
                + "N1\n"
                + "N2,Ann Jones\n"
                + "N3,Ann Jones,Napo\n"
                + "N4,Ann Jones,Napo,PO,x,y\n"
                + "N5,Ann Jones,Napo,XX\n"
                + "N5,Ann Jones,Napo,PO\n";

        MemberImport.MemberFile file = MemberImport.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of(
                "Llinell 2: Mae gan y rhes hon 1 gwerth ond mae gan y pennawd 4 colofn (coma neu ddyfynnod crwydr?).",
                "Llinell 3: Mae gan y rhes hon 2 werth ond mae gan y pennawd 4 colofn (coma neu ddyfynnod crwydr?).",
                "Llinell 4: Mae gan y rhes hon 3 gwerth ond mae gan y pennawd 4 colofn (coma neu ddyfynnod crwydr?).",
                "Llinell 5: Mae gan y rhes hon 6 gwerth ond mae gan y pennawd 4 colofn (coma neu ddyfynnod crwydr?).",
                "Llinell 6: Gradd anhysbys \"XX\" (defnyddiwch un o: " + gradeLabels() + ").",
                "Llinell 7: Mae rhif aelodaeth N5 hefyd ar linell 6 (pob aelod unwaith yn unig)."),
                file.problems().stream().map(MemberImport.Problem::describe).toList());
    }

    @Test
    void aHeaderMissingColumnsSaysSoInWelshInTheSingularAndThePlural() throws IOException {
        MemberImport.MemberFile one = MemberImport.read(new ByteArrayInputStream(
                "membership_number,name,union\nN1,Ann,Napo\n".getBytes(StandardCharsets.UTF_8)));
        MemberImport.MemberFile two = MemberImport.read(new ByteArrayInputStream(
                "membership_number,name\nN1,Ann\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals("Llinell 1: Nid oes gan y pennawd y golofn ofynnol grade.", one.problems().get(0).describe());
        assertEquals("Llinell 1: Nid oes gan y pennawd y colofnau gofynnol union, grade.", two.problems().get(0).describe());
    }

    private static String gradeLabels() {
        return String.join(", ", java.util.Arrays.stream(org.repdesk.model.Grade.values())
                .map(org.repdesk.model.Grade::label).toList());
    }
}
