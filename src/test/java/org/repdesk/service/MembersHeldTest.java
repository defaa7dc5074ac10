package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.Member;
import org.repdesk.testing.TestDesk;

/**
 * What the members list holds, read as the app reads it at start. At 100,000 cases its 20,000 members
 * are read while the first screen is in use and are still young when the first collections run, which
 * copy every object of theirs (issue 21). A team, an office or contracted hours that many members share
 * is held once for the whole list, not once a member.
 */
class MembersHeldTest {

    @TempDir
    Path dir;

    @Test
    void membersOfOneTeamOfficeOrHoursShareOneCopyOfIt() {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(400, 0, DemoData.DEFAULT_SEED);
            List<Member> members = desk.members().all();
            assertEquals(400, members.size());
            for (Function<Member, Object> field : List.<Function<Member, Object>>of(Member::team, Member::office,
                    Member::contractedHours)) {
                Map<Object, List<Member>> byValue = members.stream().filter(m -> field.apply(m) != null)
                        .collect(Collectors.groupingBy(field));
                assertTrue(byValue.values().stream().anyMatch(same -> same.size() > 1), "values shared: " + byValue.keySet());
                byValue.values().forEach(same -> same.forEach(m -> assertSame(field.apply(same.get(0)), field.apply(m))));
            }
            // Each member: itself, its id, its number, name, email and phone (two objects a text): about 10;
            // with a team, an office and hours of its own, 15.
            double perMember = (double) (CaseListRowsHeldTest.reachable(members) - 1) / members.size();
            assertTrue(perMember < 11.5, "objects held per member: " + perMember);
            members.forEach(m -> assertEquals(desk.members().byId(m.id()).orElseThrow(), m, "read as one member is read"));
        }
    }
}
