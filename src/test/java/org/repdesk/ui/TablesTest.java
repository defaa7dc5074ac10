package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Sorting by name off the FX thread, as the members list is sorted while it is read. */
class TablesTest {

    @Test
    void byNameSortsAsTheTablesDoAndLeavesTheListReadAsItWas() {
        List<String> read = List.of("Zoë Adams", "Łukasz Nowak", "mary O'Neill", "Lena Ward", "Aisha Khan");
        assertEquals(List.of("Aisha Khan", "Lena Ward", "Łukasz Nowak", "mary O'Neill", "Zoë Adams"),
                Tables.byName(read, Function.identity(), Function.identity()));
        assertEquals("Zoë Adams", read.get(0));
    }

    /**
     * The members are read in the order their two-line name column sorts them (name, then number), so
     * the table's first sort finds them in order: sorted by name alone, namesakes came in any order.
     */
    @Test
    void namesakesAreSortedByTheirSecondLineAsTheTwoLineColumnSortsThem() {
        record Row(String name, String number) {
        }
        List<Row> read = List.of(new Row("Priya Patel", "N0300"), new Row("Aled Jones", "N0200"),
                new Row("Priya Patel", "N0100"), new Row("Priya Patel", "N0200"));
        List<Row> sorted = Tables.byName(read, Row::name, Row::number);
        assertEquals(List.of(new Row("Aled Jones", "N0200"), new Row("Priya Patel", "N0100"),
                new Row("Priya Patel", "N0200"), new Row("Priya Patel", "N0300")), sorted);
        List<Row> asTheColumnSorts = new ArrayList<>(read);
        asTheColumnSorts.sort(Tables.byTwo(Row::name, Row::number)); // TwoLineCell.column's comparator
        assertEquals(asTheColumnSorts, sorted);
    }

    @Test
    void twoThreadsSortingAtOnceGetTheOrderOneThreadGets() {
        Random random = new Random(6);
        String letters = "abcdeéfghijklłmnoøpqrstuvwxyzAÅBCDĐEFGHIJKLŁMNOØPRSTUVWZ ";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = 3 + random.nextInt(12); n > 0; n--) {
                b.append(letters.charAt(random.nextInt(letters.length())));
            }
            names.add(b.toString());
        }
        var one = CompletableFuture.supplyAsync(() -> Tables.byName(names, Function.identity(), Function.identity()));
        var two = CompletableFuture.supplyAsync(() -> Tables.byName(List.copyOf(names), Function.identity(), Function.identity()));
        List<String> alone = new ArrayList<>(names);
        alone.sort(Tables::compare);
        assertEquals(alone, one.join());
        assertEquals(alone, two.join());
    }

    /**
     * A text's sort key is held as one array of its bytes, not as a collation key (itself, its text and
     * the text's array): the members list's 25,000 keys were 100,000 objects for the young collections
     * to copy while the list was read (issue 21).
     */
    @Test
    void aTextsSortKeyIsHeldAsOneArray() {
        Tables.compare("Siân Evans", "Zoë Adams");
        assertInstanceOf(byte[].class, Tables.heldKey("Siân Evans"));
    }

    /** Held as bytes, the keys still order texts as the readers' collator does, to the last letter. */
    @Test
    void textsSortAsTheReadersCollatorOrdersThem() {
        Random random = new Random(21);
        String letters = "aAbBcdeéÉfghiïjklłŁLmnoøØOpqrsśtuvwŵxyzZ'- 0123456789\uD83D\uDE00";
        List<String> texts = new ArrayList<>(List.of("", "a", "A", "á", "Lena", "Łukasz", "lukasz", "Zoë", "Zoe"));
        for (int i = 0; i < 400; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                b.append(letters.charAt(random.nextInt(letters.length())));
            }
            texts.add(b.toString());
        }
        for (String a : texts) {
            for (String b : texts) {
                assertEquals(Integer.signum(Tables.NAMES.compare(a, b)), Integer.signum(Tables.compare(a, b)), a + " / " + b);
            }
        }
    }
}
