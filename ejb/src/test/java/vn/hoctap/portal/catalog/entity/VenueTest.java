package vn.hoctap.portal.catalog.entity;

import org.junit.jupiter.api.Test;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VenueTest {

    private static Venue hall() {
        return new Venue("BD-HT", CatalogFixtures.ROOM_1.centre(), "Hội trường", VenueKind.CENTRE_ROOM, 80, null);
    }

    @Test
    void a_venue_may_grow_or_shrink_down_to_its_largest_class() {
        Venue hall = hall();
        hall.changeCapacity(40, 40);
        assertThat(hall.capacity()).isEqualTo(40);
        hall.changeCapacity(120, 40);
        assertThat(hall.capacity()).isEqualTo(120);
    }

    @Test
    void a_venue_smaller_than_a_class_planned_there_is_refused_and_unchanged() {
        Venue hall = hall();
        assertThatThrownBy(() -> hall.changeCapacity(30, 45)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors())
                .asList().containsExactly(new FieldError("capacity", "venue.capacity.belowClass"));
        assertThat(hall.capacity()).isEqualTo(80);
    }

    @Test
    void a_venue_holds_at_least_one_person() {
        assertThatThrownBy(() -> hall().changeCapacity(0, 0)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors())
                .asList().containsExactly(new FieldError("capacity", "venue.capacity.positive"));
    }
}
