package vn.hoctap.portal.assessment.boundary;

import vn.hoctap.portal.assessment.entity.TitleKind;

import java.io.Serializable;
import java.util.List;

/**
 * Coverage of the learning titles in a ward (rows per residential group) or a district (rows per
 * ward) in a year: recognised titles against the eligible population and the plan's target.
 */
public record Coverage(String scope, String scopeName, long scopeId, int year, List<Line> lines, List<Line> totals)
        implements Serializable {

    /**
     * @param area          the residential group or ward; for totals, the scope's name
     * @param targetPercent the plan's share, null when the plan names none
     * @param targetCount   the titles the target means for the eligible population (rounded up)
     * @param percent       recognised of eligible, one decimal; null when nothing is eligible
     */
    public record Line(long areaId, String area, TitleKind kind, long recognised, long eligible, Integer targetPercent,
                       Long targetCount, Double percent) implements Serializable {

        public boolean targetMet() {
            return targetCount != null && recognised >= targetCount;
        }
    }
}
