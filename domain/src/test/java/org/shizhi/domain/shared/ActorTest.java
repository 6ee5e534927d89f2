package org.shizhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    private static final AreaCode ZHANJIANG = AreaCode.of("440800");

    @Test
    void theGridMemberIsTheGridMemberClaimWhereTheTokenHasOneElseTheSubject() {
        Actor named = new Actor("zhou.zhenzhang", ZHANJIANG, ZHANJIANG, Set.of(Role.GRID_WORKER), Set.of(), Optional.empty(),
                Optional.of(" 3f2c5a10-0000-4000-8000-000000000001 "));
        Actor bySubject = new Actor("3f2c5a10-0000-4000-8000-000000000002", ZHANJIANG, ZHANJIANG, Set.of(Role.GRID_WORKER), Set.of());
        Actor blank = new Actor("zhou.zhenzhang", ZHANJIANG, ZHANJIANG, Set.of(Role.GRID_WORKER), Set.of(), Optional.empty(),
                Optional.of("  "));

        assertThat(named.gridMemberId()).as("the claim, stripped").isEqualTo("3f2c5a10-0000-4000-8000-000000000001");
        assertThat(bySubject.gridMemberId()).isEqualTo("3f2c5a10-0000-4000-8000-000000000002");
        assertThat(blank.gridMemberId()).as("a blank claim names no one").isEqualTo("zhou.zhenzhang");
    }

    @Test
    void aGridWorkersOwnWorkNamesTheGridMemberTheyActAsAndOtherRolesNone() {
        Actor worker = new Actor("zhou.zhenzhang", ZHANJIANG, ZHANJIANG, Set.of(Role.GRID_WORKER), Set.of(), Optional.empty(),
                Optional.of("3f2c5a10-0000-4000-8000-000000000001"));
        Actor staff = new Actor("li.ming", ZHANJIANG, ZHANJIANG, Set.of(Role.COMMUNITY_STAFF), Set.of(), Optional.empty(),
                Optional.of("3f2c5a10-0000-4000-8000-000000000003"));
        Actor bySubject = new Actor("3f2c5a10-0000-4000-8000-000000000002", ZHANJIANG, ZHANJIANG, Set.of(Role.GRID_WORKER), Set.of());

        Acting reported = worker.actingAsGridMember(Permission.REPORT_EVENT);
        assertThat(reported.subject()).as("the account stays the subject").isEqualTo("zhou.zhenzhang");
        assertThat(reported.gridMemberId()).isEqualTo("3f2c5a10-0000-4000-8000-000000000001");
        assertThat(worker.acting(Permission.REPORT_EVENT).gridMember()).as("elsewhere no member is named").isEmpty();
        assertThat(staff.actingAsGridMember(Permission.REPORT_EVENT).gridMember()).as("not acting as a grid worker").isEmpty();
        assertThat(bySubject.actingAsGridMember(Permission.RESOLVE_EVENT))
                .as("a member id that is the subject is one act, equal to the one read back without it")
                .isEqualTo(new Acting("3f2c5a10-0000-4000-8000-000000000002", Role.GRID_WORKER));
    }

    @Test
    void aCallerHoldingSeveralAllowedRolesActsInTheFirstThePermissionLists() {
        Actor both = new Actor("li.ming", ZHANJIANG, ZHANJIANG, Set.of(Role.COMMUNITY_STAFF, Role.STREET_OFFICER), Set.of());

        assertThat(both.acting(Permission.ACCEPT_EVENT).role()).as("ACCEPT_EVENT lists COMMUNITY_STAFF first")
                .isEqualTo(Role.COMMUNITY_STAFF);
        assertThat(both.acting(Permission.CALL_EVENT).role()).as("CALL_EVENT lists STREET_OFFICER first")
                .isEqualTo(Role.STREET_OFFICER);
    }

    @Test
    void aCallerWithoutAnAllowedRoleIsRefusedNamingTheRolesNeededAndHeld() {
        Actor auditor = new Actor("wang.fang", ZHANJIANG, ZHANJIANG, Set.of(Role.AUDITOR), Set.of());

        assertThatThrownBy(() -> auditor.require(Permission.REPORT_EVENT)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("GRID_WORKER, COMMUNITY_STAFF, INTEGRATOR").hasMessageContaining("the caller has AUDITOR");
    }

    @Test
    void aPermissionListingNoRoleGrantsEveryRole() {
        assertThat(Permission.READ_EVENTS.roles()).containsExactly(Role.values());
    }
}
