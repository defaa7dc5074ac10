package org.repdesk.cli;

import java.io.IOException;
import org.repdesk.i18n.Messages;
import org.repdesk.service.LetterService;
import org.repdesk.service.RepDesk;

/** {@code templates}: the letter templates, by the name {@code letter --template} takes. */
final class TemplatesCommand implements Command {

    @Override
    public String name() {
        return "templates";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] templates";
    }

    @Override
    public int run(Call call) throws IOException {
        call.args().words(0, "");
        DataFiles.requireExisting(call.dataFile());
        try (RepDesk desk = call.openDeskToRead()) {
            for (LetterService.Listed l : desk.letters().templates()) {
                String whose = l.shipped() ? (l.changed() ? Messages.text("letters.listed.changed") : "")
                        : Messages.text("letters.listed.own");
                call.out().printf("%-30s %s%s%n", l.template().name(), l.template().title(),
                        whose.isEmpty() ? "" : " (" + whose + ")");
            }
        }
        return 0;
    }
}
