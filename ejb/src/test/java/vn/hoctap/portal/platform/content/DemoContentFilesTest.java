package vn.hoctap.portal.platform.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.portal.identity.boundary.AccountContent;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.organisation.boundary.OrganisationContent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoContentFilesTest {

    /** Surefire runs in the ejb module, so the content folder is next to it. */
    private static final Path CONTENT = Path.of("../content");

    private final DemoContentFiles files = new DemoContentFiles(CONTENT);

    @Test
    void theRealContentFolderIsThere() {
        assertThat(CONTENT.resolve(DemoContentFiles.ORGANISATION)).isRegularFile();
        assertThat(CONTENT.resolve(DemoContentFiles.ACCOUNTS)).isRegularFile();
    }

    @Test
    void organisationIsHanoiWithAFullDistrict() {
        OrganisationContent city = files.organisation();

        assertThat(city.code()).isEqualTo("HN");
        assertThat(city.name()).isNotBlank();
        assertThat(city.districts()).isNotEmpty();
        assertThat(city.districts()).anySatisfy(d -> assertThat(d.wards()).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void everyWardHasACentreAndAtLeastThreeGroups() {
        List<OrganisationContent.Ward> wards = files.organisation().districts().stream()
                .flatMap(d -> d.wards().stream()).toList();

        assertThat(wards).isNotEmpty().allSatisfy(ward -> {
            assertThat(ward.code()).isNotBlank();
            assertThat(ward.name()).isNotBlank();
            assertThat(ward.centre()).as("centre of %s", ward.code()).isNotNull();
            assertThat(ward.centre().code()).isNotBlank();
            assertThat(ward.centre().name()).isNotBlank();
            assertThat(ward.residentialGroups()).as("groups of %s", ward.code()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(ward.residentialGroups()).allSatisfy(g -> assertThat(g.name()).isNotBlank());
        });
    }

    @Test
    void centreDetailsAreRead() {
        OrganisationContent.Centre boDe = files.organisation().districts().stream()
                .flatMap(d -> d.wards().stream())
                .map(OrganisationContent.Ward::centre)
                .filter(c -> c.code().equals("TTHTCD-BD"))
                .findFirst().orElseThrow();
        assertThat(boDe.phone()).isEqualTo("024 3872 1001");
        assertThat(boDe.email()).isEqualTo("tthtcd.bode@hoctap.demo");
        assertThat(boDe.address()).contains("Bồ Đề");
    }

    @Test
    void allCodesAreUnique() {
        List<String> codes = allCodes(files.organisation());
        assertThat(codes).doesNotHaveDuplicates().doesNotContainNull();
    }

    @Test
    void accountsCoverEveryRole() {
        List<AccountContent> accounts = files.accounts();
        Set<Role> roles = accounts.stream().map(AccountContent::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        assertThat(roles).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void everyAccountHasAContactANameAndAPassword() {
        assertThat(files.accounts()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.fullName()).isNotBlank();
            assertThat(a.password()).isNotBlank();
            assertThat(a.email() != null || a.phone() != null).as("contact of %s", a.fullName()).isTrue();
        });
    }

    @Test
    void residentsHaveABirthYear() {
        assertThat(files.accounts()).filteredOn(a -> a.role() == Role.RESIDENT)
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.birthYear()).isNotNull().isBetween(1900, 2100));
    }

    @Test
    void everyAccountScopeExistsAtTheRightLevel() {
        OrganisationContent city = files.organisation();
        Set<String> adminScopes = new java.util.HashSet<>();
        adminScopes.add(city.code());
        city.districts().forEach(d -> adminScopes.add(d.code()));
        Set<String> centres = city.districts().stream().flatMap(d -> d.wards().stream())
                .map(w -> w.centre().code()).collect(Collectors.toSet());
        Set<String> groups = city.districts().stream().flatMap(d -> d.wards().stream())
                .flatMap(w -> w.residentialGroups().stream()).map(OrganisationContent.Group::code)
                .collect(Collectors.toSet());

        assertThat(files.accounts()).allSatisfy(account -> {
            Set<String> allowed = switch (account.role()) {
                case RESIDENT -> groups;
                case TEACHER, CENTRE_MANAGER -> centres;
                case ADMIN -> adminScopes;
            };
            assertThat(allowed).as("scope of %s (%s)", account.fullName(), account.role()).contains(account.scope());
        });
    }

    @Test
    void missingNameIsRefusedNamingTheField(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(DemoContentFiles.ORGANISATION), """
                code: HN
                name: Thành phố Hà Nội
                districts:
                  - code: HN-LB
                    wards: []
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new DemoContentFiles(folder).organisation())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'name'")
                .hasMessageContaining(DemoContentFiles.ORGANISATION);
    }

    @Test
    void missingGroupCodeIsRefusedNamingTheField(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(DemoContentFiles.ORGANISATION), """
                code: HN
                name: Hà Nội
                districts:
                  - code: HN-LB
                    name: Long Biên
                    wards:
                      - code: HN-LB-BD
                        name: Bồ Đề
                        centre: { code: C, name: Centre }
                        residentialGroups:
                          - { name: Tổ 1 }
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new DemoContentFiles(folder).organisation())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'code'");
    }

    @Test
    void accountWithoutPasswordIsRefusedNamingTheField(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(DemoContentFiles.ACCOUNTS), """
                accounts:
                  - role: TEACHER
                    fullName: Hoàng Thị Mai
                    email: gv@hoctap.demo
                    scope: TTHTCD-BD
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new DemoContentFiles(folder).accounts())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DemoContentFiles.ACCOUNTS)
                .hasMessageContaining("'password'");
    }

    @Test
    void anUnknownRoleIsRefusedNamingTheFieldAndTheChoices(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(DemoContentFiles.ACCOUNTS), """
                accounts:
                  - role: admin
                    fullName: Hoàng Thị Mai
                    email: gv@hoctap.demo
                    scope: HN
                    password: Hoctap2026
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new DemoContentFiles(folder).accounts())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DemoContentFiles.ACCOUNTS)
                .hasMessageContaining("'role'")
                .hasMessageContaining("CENTRE_MANAGER");
    }

    @Test
    void missingFileIsRefusedWithItsPath(@TempDir Path folder) {
        assertThatThrownBy(() -> new DemoContentFiles(folder).accounts())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DemoContentFiles.ACCOUNTS);
    }

    @Test
    void smallValidFileIsReadWithTrimmedValuesAndBlankOptionalsAsNull(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(DemoContentFiles.ACCOUNTS), """
                accounts:
                  - role: RESIDENT
                    fullName: "  Vũ Thị Lan "
                    email: "  "
                    phone: "0912 000 201"
                    birthYear: 1978
                    scope: HN-LB-BD-T02
                    password: Hoctap2026
                """, StandardCharsets.UTF_8);

        assertThat(new DemoContentFiles(folder).accounts()).containsExactly(
                new AccountContent(Role.RESIDENT, "Vũ Thị Lan", null, "0912 000 201", 1978, "HN-LB-BD-T02", "Hoctap2026"));
    }

    private static List<String> allCodes(OrganisationContent city) {
        List<String> codes = new ArrayList<>();
        codes.add(city.code());
        for (OrganisationContent.District district : city.districts()) {
            codes.add(district.code());
            for (OrganisationContent.Ward ward : district.wards()) {
                codes.add(ward.code());
                codes.add(ward.centre().code());
                Stream.of(ward.residentialGroups()).flatMap(List::stream)
                        .map(OrganisationContent.Group::code).forEach(codes::add);
            }
        }
        return codes;
    }
}
