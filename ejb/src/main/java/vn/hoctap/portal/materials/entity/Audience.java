package vn.hoctap.portal.materials.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Who a material is written for (Dublin Core "audience"). */
public enum Audience {
    ALL, ADULTS, YOUTH, ELDERLY, WOMEN, PARENTS, FARMERS, WORKERS, LITERACY_LEARNERS, DISABILITIES, NEWCOMERS, OFFICIALS;

    /** Stores a set of audiences as one comma-separated column, in this enum's order. */
    @Converter
    public static class SetConverter implements AttributeConverter<Set<Audience>, String> {
        @Override
        public String convertToDatabaseColumn(Set<Audience> audiences) {
            return audiences == null ? "" : audiences.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        }

        @Override
        public Set<Audience> convertToEntityAttribute(String column) {
            Set<Audience> audiences = EnumSet.noneOf(Audience.class);
            if (column != null && !column.isBlank()) {
                Arrays.stream(column.split(",")).map(String::strip).map(Audience::valueOf).forEach(audiences::add);
            }
            return audiences;
        }
    }
}
