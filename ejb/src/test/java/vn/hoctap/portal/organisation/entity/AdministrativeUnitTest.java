package vn.hoctap.portal.organisation.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdministrativeUnitTest {

    private final AdministrativeUnit hanoi = AdministrativeUnit.city("HN", "Thành phố Hà Nội");
    private final AdministrativeUnit longBien = hanoi.subUnit("HN-LB", "Quận Long Biên");
    private final AdministrativeUnit boDe = longBien.subUnit("HN-LB-BD", "Phường Bồ Đề");

    @Test
    void cityHasNoParentAndIsACity() {
        assertThat(hanoi.level()).isEqualTo(UnitLevel.CITY);
        assertThat(hanoi.parent()).isNull();
        assertThat(hanoi.code()).isEqualTo("HN");
        assertThat(hanoi.name()).isEqualTo("Thành phố Hà Nội");
    }

    @Test
    void subUnitOfACityIsADistrictAndOfADistrictAWard() {
        assertThat(longBien.level()).isEqualTo(UnitLevel.DISTRICT);
        assertThat(longBien.parent()).isSameAs(hanoi);
        assertThat(boDe.level()).isEqualTo(UnitLevel.WARD);
        assertThat(boDe.parent()).isSameAs(longBien);
    }

    @Test
    void wardHasNoSubUnit() {
        assertThatThrownBy(() -> boDe.subUnit("HN-LB-BD-X", "Below a ward"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void levelsGoDownFromCityToWard() {
        assertThat(UnitLevel.CITY.below()).isEqualTo(UnitLevel.DISTRICT);
        assertThat(UnitLevel.DISTRICT.below()).isEqualTo(UnitLevel.WARD);
        assertThat(UnitLevel.WARD.below()).isNull();
    }

    @Test
    void unitIsWithinItselfAndItsAncestors() {
        assertThat(boDe.isWithin(boDe)).isTrue();
        assertThat(boDe.isWithin(longBien)).isTrue();
        assertThat(boDe.isWithin(hanoi)).isTrue();
        assertThat(longBien.isWithin(hanoi)).isTrue();
    }

    @Test
    void unitIsNotWithinItsDescendantsNorASiblingNorNull() {
        AdministrativeUnit socSon = hanoi.subUnit("HN-SS", "Huyện Sóc Sơn");
        assertThat(hanoi.isWithin(longBien)).isFalse();
        assertThat(longBien.isWithin(boDe)).isFalse();
        assertThat(boDe.isWithin(socSon)).isFalse();
        assertThat(boDe.isWithin(null)).isFalse();
    }

    @Test
    void isWithinComparesByCodeNotByIdentity() {
        AdministrativeUnit otherCopyOfLongBien = AdministrativeUnit.city("HN", "Hà Nội")
                .subUnit("HN-LB", "Long Biên (another copy)");
        AdministrativeUnit otherCode = AdministrativeUnit.city("HN", "Hà Nội")
                .subUnit("HN-BD", "Quận Ba Đình");
        assertThat(boDe.isWithin(otherCopyOfLongBien)).isTrue();
        assertThat(boDe.isWithin(otherCode)).isFalse();
    }

    @Test
    void learningCentreBelongsToAWardOnly() {
        assertThatThrownBy(() -> new LearningCentre("C-LB", "Centre", longBien, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DISTRICT");
        assertThatThrownBy(() -> new LearningCentre("C-HN", "Centre", hanoi, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CITY");
    }

    @Test
    void learningCentreInAWardIsWithinItsWardDistrictAndCity() {
        LearningCentre centre = new LearningCentre("TTHTCD-BD", "TTHTCĐ Bồ Đề", boDe, "Số 12", "024 3872 1001", null);
        assertThat(centre.ward()).isSameAs(boDe);
        assertThat(centre.isWithin(boDe)).isTrue();
        assertThat(centre.isWithin(longBien)).isTrue();
        assertThat(centre.isWithin(hanoi)).isTrue();
        assertThat(centre.isWithin(hanoi.subUnit("HN-SS", "Huyện Sóc Sơn"))).isFalse();
        assertThat(centre.address()).isEqualTo("Số 12");
        assertThat(centre.email()).isNull();
    }

    @Test
    void learningCentresAreEqualByCode() {
        LearningCentre one = new LearningCentre("TTHTCD-BD", "One", boDe, null, null, null);
        LearningCentre sameCode = new LearningCentre("TTHTCD-BD", "Another name", boDe, null, null, null);
        LearningCentre otherCode = new LearningCentre("TTHTCD-NT", "One", boDe, null, null, null);
        assertThat(one).isEqualTo(sameCode).hasSameHashCodeAs(sameCode).isNotEqualTo(otherCode);
        assertThat(one).isNotEqualTo("TTHTCD-BD");
    }

    @Test
    void residentialGroupBelongsToAWardOnly() {
        ResidentialGroup group = new ResidentialGroup("HN-LB-BD-T01", "Tổ dân phố số 1", boDe);
        assertThat(group.ward()).isSameAs(boDe);
        assertThat(group.code()).isEqualTo("HN-LB-BD-T01");
        assertThatThrownBy(() -> new ResidentialGroup("X", "Tổ", longBien))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
