package com.mediaflow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTests {

    @Test
    void theMatrixMatchesTheProductSpecification() {
        assertThat(Role.OWNER.permissions()).containsExactlyInAnyOrder(Permission.values());
        assertThat(Role.MANAGER.permissions()).containsExactlyInAnyOrder(Permission.values());
        assertThat(Role.PRODUCER.permissions())
                .containsExactlyInAnyOrder(
                        Permission.CAN_MANAGE_PROJECTS, Permission.CAN_SEND_PROPOSALS, Permission.CAN_MANAGE_ASSETS);
        assertThat(Role.EDITOR.permissions()).isEmpty();
        assertThat(Role.ASSISTANT.permissions()).isEmpty();
    }

    @Test
    void onlyEditorsAndAssistantsAreLimitedToTheirOwnProjects() {
        assertThat(Role.EDITOR.seesOnlyOwnProjects()).isTrue();
        assertThat(Role.ASSISTANT.seesOnlyOwnProjects()).isTrue();
        assertThat(Role.PRODUCER.seesOnlyOwnProjects()).isFalse();
    }

    @Test
    void managersGrantEveryRoleButOwner() {
        assertThat(Role.MANAGER.mayGrant(Role.MANAGER)).isTrue();
        assertThat(Role.MANAGER.mayGrant(Role.OWNER)).isFalse();
        assertThat(Role.OWNER.mayGrant(Role.OWNER)).isTrue();
        assertThat(Role.PRODUCER.mayGrant(Role.EDITOR)).isFalse();
    }

    @Test
    void rolesReadAndWriteAsLowerCase() {
        assertThat(Role.fromValue("Producer")).isEqualTo(Role.PRODUCER);
        assertThat(Role.EDITOR.value()).isEqualTo("editor");
        assertThat(Permission.CAN_VIEW_FINANCIALS.authority()).isEqualTo("can_view_financials");
    }
}
