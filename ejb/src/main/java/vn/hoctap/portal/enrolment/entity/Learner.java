package vn.hoctap.portal.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.organisation.entity.ResidentialGroup;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who learns: a resident with an account, or someone a manager records at the door or
 * from the household survey — many literacy learners never open a browser.
 */
@Entity
@Table(name = "learner")
public class Learner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(name = "birth_year")
    private Integer birthYear;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "residential_group_id")
    private ResidentialGroup residentialGroup;

    @Column(length = 20)
    private String phone;

    @Column(name = "completed_grade")
    private Integer completedGrade;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Learner() {
    }

    private Learner(Account account, String fullName, Integer birthYear, ResidentialGroup group, String phone,
                    Instant now) {
        this.account = account;
        this.fullName = Objects.requireNonNull(fullName);
        this.birthYear = birthYear;
        this.residentialGroup = group;
        this.phone = phone;
        this.createdAt = now;
    }

    /** A resident's own learner record, made the first time they enrol. */
    public static Learner of(Account account, Instant now) {
        return new Learner(account, account.fullName(), account.birthYear(), account.residentialGroup(),
                account.phone(), now);
    }

    /** A learner recorded by a manager: a name, a birth year, a residential group; a phone if there is one. */
    public static Learner recorded(String fullName, int birthYear, ResidentialGroup group, String phone, Instant now) {
        return new Learner(null, fullName, birthYear, Objects.requireNonNull(group), phone, now);
    }

    /** The school grade the learner finished, as the manager recorded it (e.g. 3 for primary grade 3). */
    public void recordSchooling(Integer grade) {
        this.completedGrade = grade;
    }

    /** Age reached in the given year; null when the birth year is unknown. */
    public Integer ageIn(int year) {
        return birthYear == null ? null : year - birthYear;
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public String fullName() {
        return fullName;
    }

    public Integer birthYear() {
        return birthYear;
    }

    public ResidentialGroup residentialGroup() {
        return residentialGroup;
    }

    public String phone() {
        return phone;
    }

    public Integer completedGrade() {
        return completedGrade;
    }

    /** The address mails go to: the account's e-mail, if the learner has an account with one. */
    public String email() {
        return account == null ? null : account.email();
    }

    public String preferredLocale() {
        return account == null ? "vi" : account.preferredLocale();
    }
}
