package org.fieldbook.model;

import java.util.List;
import java.util.Optional;

/**
 * A section of a report: its heading block (absent for text before the first heading, or
 * where the source left the heading out), its position, and its blocks in order (paragraphs
 * and chrome lines).
 */
public record Section(int ordinal, Block heading, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
        if (heading != null && heading.kind() != BlockKind.HEADING) {
            throw new IllegalArgumentException("a section heading must be a HEADING block");
        }
    }

    /** The heading as shown to a user (markers removed), if the section has one. */
    public Optional<String> title() {
        return Optional.ofNullable(heading).map(Block::plainText);
    }

    /** The section's paragraphs (content blocks), in order. */
    public List<Block> paragraphs() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).toList();
    }
}
