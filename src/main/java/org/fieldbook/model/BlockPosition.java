package org.fieldbook.model;

/**
 * Where a block sits in its report: the section's ordinal, and its index among that
 * section's blocks ({@code -1} for the section's heading).
 */
public record BlockPosition(int section, int index) {
}
