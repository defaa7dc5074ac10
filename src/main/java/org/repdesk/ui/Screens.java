package org.repdesk.ui;

import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.repdesk.model.Member;
import org.repdesk.ui.FrameByFrame.ScreenStack;
import org.repdesk.ui.Navigation.Screen;

/**
 * The main window's screens: each made the first time it is selected on {@link Navigation} and
 * shown whenever it is, and the ways to a screen with something on it (a dashboard tile's list,
 * the case just opened, the members' search).
 */
final class Screens implements DashboardView.Destinations {

    private final DeskState state;
    private final WindowMemory memory;
    private final Navigation navigation;
    private final ScreenStack stack = new ScreenStack();
    /** Made when first shown too, in the start's own step for it (MainWindow): ~34 ms of the FX thread. */
    private DashboardView dashboard;
    // Built when first shown: building every screen up front cost about 1.5 s of the start-up.
    private CasesView cases;
    private MembersView members;
    private WorkloadView workload;
    private DemandsView demands;
    private BriefView briefs;

    /** Screens that follow {@code navigation}; their dividers go where the rep left them ({@code memory}). */
    Screens(DeskState state, WindowMemory memory, Navigation navigation) {
        this.state = state;
        this.memory = memory;
        this.navigation = navigation;
        navigation.follow(this::show);
    }

    /** The pane the screens are stacked in, for the centre of the window. */
    StackPane pane() {
        return stack.pane();
    }

    /** The screen on show (null before the first). */
    Node shown() {
        return stack.shown();
    }

    /** The cases screen if it was ever opened, else null (nothing typed in it to save). */
    CasesView casesIfMade() {
        return cases;
    }

    /** The members screen if it was ever opened, else null. */
    MembersView membersIfMade() {
        return members;
    }

    /**
     * Shows {@code screen}, made the first time; a screen with figures reads them anew each time (the dashboard
     * only when something was written or the day changed since it read them).
     */
    private void show(Screen screen) {
        switch (screen) {
            case DASHBOARD -> {
                if (dashboard == null) {
                    dashboard = new DashboardView(state, this);
                }
                stack.select(dashboard);
                dashboard.reload();
            }
            case CASES -> {
                boolean madeBefore = cases != null;
                stack.select(casesScreen());
                if (madeBefore) {
                    cases.readStagesAgain();
                }
            }
            case MEMBERS -> stack.select(membersScreen());
            case WORKLOAD -> {
                stack.select(workloadScreen());
                workload.reload();
            }
            case DEMANDS -> {
                stack.select(demandsScreen());
                demands.reload();
            }
            case BRIEFS -> {
                stack.select(briefsScreen());
                briefs.reload();
            }
            case RETENTION -> {
                stack.drop(RetentionView.class); // made anew each time, to read the file again
                stack.select(new RetentionView(state));
            }
        }
    }

    // Each screen, made in one line the first time it is asked for (then put together a part a frame).

    private CasesView casesScreen() {
        if (cases == null) {
            cases = putTogether(new CasesView(state), "cases");
        }
        return cases;
    }

    private MembersView membersScreen() {
        if (members == null) {
            members = putTogether(new MembersView(state, this::newCaseFor), "members");
        }
        return members;
    }

    private WorkloadView workloadScreen() {
        if (workload == null) {
            workload = putTogether(new WorkloadView(state), "workload");
        }
        return workload;
    }

    private DemandsView demandsScreen() {
        if (demands == null) {
            demands = putTogether(new DemandsView(state), "demands");
        }
        return demands;
    }

    private BriefView briefsScreen() {
        if (briefs == null) {
            briefs = putTogether(new BriefView(state), "briefs");
        }
        return briefs;
    }

    /** Put together a part a frame; its divider then goes where the rep left it. */
    private <V extends Node & FrameByFrame.BuiltInSteps> V putTogether(V view, String name) {
        Runnable then = thenAhead;
        FrameByFrame.Pauses pauses = pausesAhead;
        thenAhead = NOTHING;
        pausesAhead = null;
        return stack.putTogether(view, () -> {
            memory.keepSplit(view, name);
            then.run();
        }, pauses);
    }

    private static final Runnable NOTHING = () -> { };
    /** What waits for the screen being made now to be put together: the next piece of work ahead. */
    private Runnable thenAhead = NOTHING;
    /** The rep's pauses, when the screen being made now is put together ahead (null: they asked for it). */
    private FrameByFrame.Pauses pausesAhead;

    /**
     * The screens put together ahead ({@link #putNextTogetherAhead}): the navigation bar's, in its order, the
     * order a rep meets them (the cases and their form first), but the dashboard, made at start.
     */
    static final java.util.List<Screen> AHEAD = java.util.Arrays.stream(Screen.values())
            .filter(s -> s.buttonId() != null && s != Screen.DASHBOARD).toList();

    /**
     * Puts together, hidden, the first screen of {@link #AHEAD} (or the case form) not made yet that this desk may show,
     * a part a frame as when it is first opened but only in the rep's {@code pauses} until they ask for it, then runs
     * {@code then}; false when none is left. Shown later, it shows at once (ScreensAhead).
     */
    boolean putNextTogetherAhead(Runnable then, FrameByFrame.Pauses pauses) {
        for (Screen screen : AHEAD) {
            if (!navigation.allows(screen)) {
                continue;
            }
            if (!made(screen)) {
                thenAhead = then;
                pausesAhead = pauses;
                make(screen);
                return true;
            }
            if (screen == Screen.CASES && cases.putFormTogetherAhead(then, pauses)) {
                return true;
            }
        }
        return false;
    }

    /** Before the window's look changes: the hidden screens out of the scene until put back (ScreenStack#setAsideHidden). */
    void setAsideHidden() {
        stack.setAsideHidden();
    }

    /** For tests: whether a screen is being put together, not complete yet. */
    boolean anyBeingPutTogether() {
        return stack.anyBeingPutTogether();
    }

    /** Whether a screen set aside waits to be put back. */
    boolean anySetAside() {
        return stack.anySetAside();
    }

    /** Puts the screens set aside back, one a frame in the rep's {@code pauses}, then runs {@code then}; false when none is aside. */
    boolean putBackSetAside(Runnable then, FrameByFrame.Pauses pauses) {
        return stack.putBack(then, pauses);
    }

    private boolean made(Screen screen) {
        return switch (screen) {
            case CASES -> cases != null;
            case MEMBERS -> members != null;
            case WORKLOAD -> workload != null;
            case DEMANDS -> demands != null;
            case BRIEFS -> briefs != null;
            default -> true;
        };
    }

    private void make(Screen screen) {
        switch (screen) {
            case CASES -> casesScreen();
            case MEMBERS -> membersScreen();
            case WORKLOAD -> workloadScreen();
            case DEMANDS -> demandsScreen();
            case BRIEFS -> briefsScreen();
            default -> throw new IllegalArgumentException(screen.name());
        }
    }

    // The ways to a screen with something on it: the screen selected first, then asked.

    @Override
    public void openCases() {
        navigation.select(Screen.CASES);
        casesScreen().showOpen();
    }

    @Override
    public void overdueCases() {
        navigation.select(Screen.CASES);
        casesScreen().showOverdue();
    }

    @Override
    public void workloadFactorCases() {
        navigation.select(Screen.CASES);
        casesScreen().showWorkloadFactor();
    }

    @Override
    public void overThreshold() {
        navigation.select(Screen.WORKLOAD);
        workloadScreen().showOverThreshold();
    }

    @Override
    public void demands() {
        navigation.select(Screen.DEMANDS);
    }

    /** Ctrl+F away from the members: the cases' search. */
    void findCase() {
        navigation.select(Screen.CASES);
        casesScreen().focusSearch();
    }

    /** File ▸ New member: the members screen with an empty form. */
    void newMember() {
        navigation.select(Screen.MEMBERS);
        membersScreen().startNew();
    }

    /** File ▸ New case, and the members screen's own button ({@code member} chosen, or null): the case, once opened. */
    void newCaseFor(Member member) {
        NewCaseDialog.show(state, member, this::showCase);
    }

    private void showCase(UUID id) {
        navigation.select(Screen.CASES);
        casesScreen().select(id);
    }

    /** Tools ▸ Load campaign demands, and the first run's welcome: the demands log, loading them. */
    void loadCampaignDemands() {
        navigation.select(Screen.DEMANDS);
        demandsScreen().loadBulletins();
    }
}
