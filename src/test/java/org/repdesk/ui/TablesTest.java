package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                Tables.byName(read, Function.identity()));
        assertEquals("Zoë Adams", read.get(0));
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
        var one = CompletableFuture.supplyAsync(() -> Tables.byName(names, Function.identity()));
        var two = CompletableFuture.supplyAsync(() -> Tables.byName(List.copyOf(names), Function.identity()));
        List<String> alone = new ArrayList<>(names);
        alone.sort(Tables::compare);
        assertEquals(alone, one.join());
        assertEquals(alone, two.join());
    }
}
