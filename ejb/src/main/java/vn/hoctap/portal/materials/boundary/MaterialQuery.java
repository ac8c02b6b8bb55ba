package vn.hoctap.portal.materials.boundary;

/**
 * Which of the caller's materials, in which order.
 *
 * @param centreId  one centre the caller manages, or null for all of them (and, for an administrator,
 *                  those published in the name of their district or city)
 * @param status    {@code DRAFT}, {@code PUBLISHED} or {@code WITHDRAWN}, or null for all
 * @param sort      {@code title}, {@code published}, {@code status} or {@code id} (default: newest first)
 * @param ascending the order of {@code sort}
 * @param page      from 0
 * @param size      1–100
 */
public record MaterialQuery(Long centreId, String status, String sort, boolean ascending, int page, int size) {
}
