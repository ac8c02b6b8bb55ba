package vn.hoctap.portal.events.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventChangesTest {

    @Test
    void a_copied_code_names_the_new_year() {
        assertThat(EventChanges.renamed("HN-LB-TLHTSD-2026", 2026, 2027)).isEqualTo("HN-LB-TLHTSD-2027");
        assertThat(EventChanges.renamed("LB26-BD-01", 2026, 2027)).isEqualTo("LB26-BD-01-2027");
        assertThat(EventChanges.renamed("X".repeat(40), 2026, 2027)).hasSize(40).endsWith("-2027");
    }
}
