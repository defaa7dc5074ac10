package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.repdesk.model.CapacityCalculator;
import org.repdesk.model.Grade;
import org.repdesk.model.Labelled;
import org.repdesk.model.WmtSettings;
import org.repdesk.service.RepDesk;

/**
 * {@code capacity --grade G --contracted-hours H --reduction-hours R --workload-points P
 * [--nominal-target T] [--default-hours D]}: the WMT available points and capacity %. Uses the data
 * file's WMT settings when the file exists, the defaults otherwise; never creates a file.
 */
final class CapacityCommand implements Command {

    @Override
    public String name() {
        return "capacity";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] capacity --grade G --contracted-hours H --reduction-hours R --workload-points P"
                + " [--nominal-target T] [--default-hours D]";
    }

    @Override
    public int run(Call call) {
        Args args = call.args();
        args.words(0, "nothing");
        String gradeText = args.required("--grade");
        Grade grade = Labelled.parse(Grade.class, gradeText).orElseThrow(() -> args.wrong(Messages.text("cli.capacity.unknownGrade", Map.of("grade",
                gradeText, "grades", Arrays.stream(Grade.values()).map(Grade::label).collect(Collectors.joining(", "))))));
        double contracted = args.decimal("--contracted-hours", true, 0.5, 60);
        double reduction = args.decimal("--reduction-hours", true, 0, 60);
        double points = args.decimal("--workload-points", true, 0, 1_000_000);
        Double nominal = args.decimal("--nominal-target", false, 1, 100_000);
        Double defaultHours = args.decimal("--default-hours", false, 1, 60);
        if (reduction > contracted) {
            throw args.wrong(Messages.text("cli.capacity.reduction"));
        }

        WmtSettings settings = settings(call);
        if (defaultHours != null) {
            // The override applies to the grade's own WMT band (PSO or PO), as the formula reads it.
            settings = grade.usesPsoWmtDefaults()
                    ? new WmtSettings(settings.poNominalTarget(), settings.poDefaultHours(), settings.psoNominalTarget(),
                            defaultHours, settings.excessivePercent(), settings.excessiveWeeks())
                    : new WmtSettings(settings.poNominalTarget(), defaultHours, settings.psoNominalTarget(),
                            settings.psoDefaultHours(), settings.excessivePercent(), settings.excessiveWeeks());
        }
        CapacityCalculator calc = new CapacityCalculator(settings);
        double target = nominal != null ? nominal : settings.nominalTargetFor(grade);
        int available = calc.availablePoints(grade, contracted, reduction, target);
        Double percent = calc.capacityPercent(points, available);

        call.out().println(Messages.text("cli.capacity.figures", Map.of("grade", grade.label(Messages.language()),
                "target", plain(target), "hours", plain(settings.defaultHoursFor(grade)), "contracted", plain(contracted),
                "reduction", plain(reduction))));
        call.out().println(Messages.text("cli.capacity.available", Map.of("points", String.valueOf(available))));
        if (percent == null) {
            call.out().println(Messages.text("cli.capacity.undefined"));
            return 0;
        }
        call.out().println(Messages.text("cli.capacity.percent", Map.of("percent", String.format(Locale.ROOT, "%.1f", percent))));
        if (percent > settings.excessivePercent()) {
            call.out().println(Messages.text("cli.capacity.over", Map.of("percent", plain(settings.excessivePercent()),
                    "weeks", settings.excessiveWeeks())));
        }
        return 0;
    }

    /** The rep's configured WMT figures when their data file exists; the defaults otherwise. */
    private static WmtSettings settings(Call call) {
        if (!call.onCasebook() && !Files.isRegularFile(call.dataFile())) {
            return WmtSettings.DEFAULTS;
        }
        try (RepDesk desk = call.openDeskToRead()) {
            return desk.settings().wmt();
        }
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    @Override
    public Set<String> options() {
        return Set.of("--grade", "--contracted-hours", "--reduction-hours", "--workload-points", "--nominal-target",
                "--default-hours");
    }
}
