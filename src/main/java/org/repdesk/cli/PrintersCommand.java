package org.repdesk.cli;

import java.util.Map;
import java.util.function.Supplier;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Printers;

/** {@code printers}: the print queues {@code print --printer} can use; the default marked. */
final class PrintersCommand implements Command {

    private final Supplier<Printers> printers;

    PrintersCommand() {
        this(Printers::ofThisComputer);
    }

    PrintersCommand(Supplier<Printers> printers) {
        this.printers = printers;
    }

    @Override
    public String name() {
        return "printers";
    }

    @Override
    public String usage() {
        return "repdesk printers";
    }

    @Override
    public int run(Call call) {
        call.args().words(0, "");
        var queues = printers.get().queues();
        if (queues.isEmpty()) {
            call.out().println(Messages.text("print.none"));
        }
        for (Printers.Queue q : queues) {
            call.out().println(q.isDefault() ? Messages.text("print.queue.default", Map.of("name", q.name())) : q.name());
        }
        return 0;
    }
}
