package vn.hoctap.portal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.organisation.entity.ResidentialGroup;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who signs in. Residents belong to a residential group; teachers and centre managers
 * to a centre; administrators to a district or a city. The account guards its own sign-in
 * throttling and answers where its holder may act.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(length = 200)
    private String email;

    @Column(length = 20)
    private String phone;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "birth_year")
    private Integer birthYear;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "residential_group_id")
    private ResidentialGroup residentialGroup;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_id")
    private LearningCentre centre;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "admin_unit_id")
    private AdministrativeUnit adminUnit;

    @Column(name = "preferred_locale", nullable = false, length = 10)
    private String preferredLocale = "vi";

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Account() {
    }

    private Account(String fullName, String email, String phone, String passwordHash, Role role, Instant createdAt) {
        if (email == null && phone == null) {
            throw new IllegalArgumentException("An account needs an e-mail address or a phone number");
        }
        this.fullName = Objects.requireNonNull(fullName);
        this.email = email;
        this.phone = phone;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public static Account resident(String fullName, int birthYear, String email, String phone,
                                   ResidentialGroup group, String passwordHash, Instant now) {
        Account account = new Account(fullName, email, phone, passwordHash, Role.RESIDENT, now);
        account.birthYear = birthYear;
        account.residentialGroup = Objects.requireNonNull(group);
        return account;
    }

    /** A teacher or a centre manager, who acts within one centre. */
    public static Account staff(Role role, String fullName, String email, String phone,
                                LearningCentre centre, String passwordHash, Instant now) {
        if (role != Role.TEACHER && role != Role.CENTRE_MANAGER) {
            throw new IllegalArgumentException("Centre staff are teachers or centre managers, not " + role);
        }
        Account account = new Account(fullName, email, phone, passwordHash, role, now);
        account.centre = Objects.requireNonNull(centre);
        return account;
    }

    /** An administrator of a district or a city. */
    public static Account administrator(String fullName, String email, String phone,
                                        AdministrativeUnit unit, String passwordHash, Instant now) {
        if (unit.level() == vn.hoctap.portal.organisation.entity.UnitLevel.WARD) {
            throw new IllegalArgumentException("Administrators act for a district or a city, not a ward");
        }
        Account account = new Account(fullName, email, phone, passwordHash, Role.ADMIN, now);
        account.adminUnit = unit;
        return account;
    }

    /** True when the holder may manage this centre: its own manager, or an administrator above it. */
    public boolean mayManage(LearningCentre target) {
        return switch (role) {
            case CENTRE_MANAGER -> centre != null && centre.equals(target);
            case ADMIN -> adminUnit != null && target.isWithin(adminUnit);
            case RESIDENT, TEACHER -> false;
        };
    }

    /**
     * True when the holder may act for a district or city as a whole (what its administrators
     * publish in its name): an administrator of that unit or of the city above it.
     */
    public boolean mayManage(AdministrativeUnit unit) {
        return role == Role.ADMIN && adminUnit != null && unit != null && unit.isWithin(adminUnit);
    }

    /** True while failed sign-ins keep the account locked. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void recordFailedLogin(Instant now) {
        failedLogins++;
        var lock = LoginThrottle.lockAfter(failedLogins);
        lockedUntil = lock.isZero() ? null : now.plus(lock);
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void preferLocale(String languageTag) {
        this.preferredLocale = Objects.requireNonNull(languageTag);
    }

    public Long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Integer birthYear() {
        return birthYear;
    }

    public ResidentialGroup residentialGroup() {
        return residentialGroup;
    }

    public LearningCentre centre() {
        return centre;
    }

    public AdministrativeUnit adminUnit() {
        return adminUnit;
    }

    public String preferredLocale() {
        return preferredLocale;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
