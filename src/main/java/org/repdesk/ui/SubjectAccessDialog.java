package org.repdesk.ui;

import org.repdesk.model.Member;
import org.repdesk.ui.members.SubjectAccessViewModel;
import org.repdesk.ui.papers.Runner;

/**
 * A member's subject access request, in one action: the rep picks where to put the response and
 * RepDesk writes a new folder, named for today's date and the membership number, holding
 * everything held about the member as JSON and as a readable PDF (owner-only files). The folder is
 * chosen and the outcome told through the desk's {@link Dialogs}, so a test stands in for both.
 */
public final class SubjectAccessDialog {

    private SubjectAccessDialog() {
    }

    /** Asks for a folder, then writes the response in the background and says where it went (see {@link SubjectAccessViewModel}). */
    public static void show(DeskState state, Member member) {
        new SubjectAccessViewModel(state.desk(), Runner.of(state, state::owner), state.dialogs(), state::plainTextAllowed)
                .respond(member);
    }
}
