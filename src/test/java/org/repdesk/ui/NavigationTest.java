package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repdesk.ui.Navigation.Screen;

/** Which screen is shown, with no window: the selected-screen property, and who follows it. */
class NavigationTest {

    private final List<String> shown = new ArrayList<>();

    private Navigation followed(Navigation navigation) {
        navigation.follow(s -> shown.add("button " + s));
        navigation.follow(s -> shown.add("screen " + s));
        return navigation;
    }

    @Test
    void choosingAScreenSetsThePropertyAndTheButtonsThenTheScreensFollow() {
        Navigation navigation = followed(new Navigation());
        navigation.select(Screen.MEMBERS);
        assertEquals(Screen.MEMBERS, navigation.selectedProperty().get());
        assertEquals(List.of("button MEMBERS", "screen MEMBERS"), shown);
    }

    @Test
    void choosingTheScreenShownAgainShowsItAgainSoItsFiguresAreReadAnew() {
        Navigation navigation = followed(new Navigation());
        navigation.select(Screen.WORKLOAD);
        navigation.select(Screen.WORKLOAD);
        assertEquals(List.of("button WORKLOAD", "screen WORKLOAD", "button WORKLOAD", "screen WORKLOAD"), shown);
    }

    @Test
    void settingThePropertyItselfShowsThatScreen() {
        Navigation navigation = followed(new Navigation());
        navigation.selectedProperty().set(Screen.RETENTION);
        assertEquals(List.of("button RETENTION", "screen RETENTION"), shown);
    }

    @Test
    void aCasebooksReaderAskingForTheCasesIsShownTheirFirstScreenInstead() {
        Navigation navigation = followed(new Navigation(Navigation.FIGURES_ONLY));
        assertFalse(navigation.allows(Screen.CASES));
        assertTrue(navigation.allows(Screen.DEMANDS));
        navigation.select(Screen.CASES);
        assertEquals(Screen.BRIEFS, navigation.selected());
        assertEquals(List.of("button BRIEFS", "screen BRIEFS"), shown);
    }

    @Test
    void aCasebooksReaderIsNeverShownRowsEvenWhenThePropertyIsSetDirectly() {
        Navigation navigation = followed(new Navigation(Navigation.FIGURES_ONLY));
        navigation.selectedProperty().set(Screen.MEMBERS);
        assertEquals(Screen.BRIEFS, navigation.selected());
        assertEquals(List.of("button BRIEFS", "screen BRIEFS"), shown);
    }
}
