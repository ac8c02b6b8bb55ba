package vn.hoctap.portal.assessment.entity;

/**
 * The five learning titles, and who assesses for each: the citizen themself, the head of the
 * household, the clan's representative, the residential group's leader, an organisation's officer.
 */
public enum TitleKind {
    CITIZEN, FAMILY, CLAN, COMMUNITY, UNIT;

    /** True when the resident names the subject (a family, clan or organisation they record). */
    public boolean subjectIsNamed() {
        return this == FAMILY || this == CLAN || this == UNIT;
    }
}
