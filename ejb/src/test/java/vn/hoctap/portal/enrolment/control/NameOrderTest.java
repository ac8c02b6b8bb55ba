package vn.hoctap.portal.enrolment.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class NameOrderTest {

    @Test
    void a_class_list_runs_by_given_name_in_vietnamese_alphabetical_order_then_by_the_whole_name() {
        List<String> names = List.of("Trần Văn Đức", "Nguyễn Thị Ánh", "Lê Văn Dũng", "Phạm Thị An", "Đặng Thị An", "Vũ Ngọc Bình");

        List<String> ordered = names.stream().sorted(NameOrder.of(Function.identity())).toList();

        assertThat(ordered).containsExactly("Đặng Thị An", "Phạm Thị An", "Nguyễn Thị Ánh", "Vũ Ngọc Bình", "Lê Văn Dũng",
                "Trần Văn Đức");
    }

    @Test
    void each_word_of_a_query_starts_a_word_of_the_name_with_or_without_diacritics() {
        var name = vn.hoctap.portal.platform.VietnameseText.words("Nguyễn Văn Đức");
        assertThat(LearnerIntake.matches(name, vn.hoctap.portal.platform.VietnameseText.words("nguyen duc"))).isTrue();
        assertThat(LearnerIntake.matches(name, vn.hoctap.portal.platform.VietnameseText.words("ng v đ"))).isTrue();
        assertThat(LearnerIntake.matches(name, vn.hoctap.portal.platform.VietnameseText.words("van an"))).isFalse();
    }
}
