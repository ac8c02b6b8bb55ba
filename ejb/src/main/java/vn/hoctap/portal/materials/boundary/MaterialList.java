package vn.hoctap.portal.materials.boundary;

import java.util.List;

/** One page of a manager's materials, and how many there are in all. */
public record MaterialList(long total, int page, int size, List<MaterialRow> rows) {

    public MaterialList {
        rows = List.copyOf(rows);
    }
}
