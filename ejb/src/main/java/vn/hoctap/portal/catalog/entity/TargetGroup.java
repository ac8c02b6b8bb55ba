package vn.hoctap.portal.catalog.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Groups the plans pay special attention to, named in a course's audience. */
public enum TargetGroup {
    WOMEN, DISABILITIES, NEWCOMERS, ELDERLY, YOUTH, FARMERS, WORKERS;

    /** Stores a set of groups as one comma-separated column. */
    @Converter
    public static class SetConverter implements AttributeConverter<Set<TargetGroup>, String> {
        @Override
        public String convertToDatabaseColumn(Set<TargetGroup> groups) {
            return groups == null ? "" : groups.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        }

        @Override
        public Set<TargetGroup> convertToEntityAttribute(String column) {
            Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
            if (column != null && !column.isBlank()) {
                Arrays.stream(column.split(",")).map(String::strip).map(TargetGroup::valueOf).forEach(groups::add);
            }
            return groups;
        }
    }
}
