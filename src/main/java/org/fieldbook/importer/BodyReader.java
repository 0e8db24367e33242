package org.fieldbook.importer;

import java.util.ArrayList;
import java.util.List;
import org.fieldbook.model.Block;
import org.fieldbook.model.BlockKind;
import org.fieldbook.model.Marker;
import org.fieldbook.model.Section;

/**
 * Reads the body of a profile (after the title block, before the footnote list) into sections:
 * every non-blank line is one block. Chrome before the first heading or paragraph belongs to
 * the preamble; a heading opens a section; a paragraph before any heading opens a section
 * without one.
 */
final class BodyReader {
    private final List<Block> preamble = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private Block heading;
    private List<Block> blocks;

    private BodyReader() {
    }

    /**
     * Reads lines {@code [from, to)}; {@code footnotesFollow} says a footnote list starts at
     * {@code to}, so that a lone "Footnotes" just before it is chrome.
     */
    static BodyReader read(List<String> lines, int from, int to, boolean footnotesFollow) {
        BodyReader body = new BodyReader();
        int label = footnotesFollow ? lastNonBlank(lines, from, to) : -1;
        boolean afterJumpTo = false;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String trimmed = Whitespace.trim(line);
            List<Marker> markers = MarkerScanner.scan(line);
            boolean menu = afterJumpTo && trimmed.indexOf('|') >= 0;
            afterJumpTo = LineClassifier.isJumpTo(trimmed);
            BlockKind kind;
            if (menu || LineClassifier.isChrome(line)
                    || (i == label && LineClassifier.isFootnotesLabel(trimmed))) {
                kind = BlockKind.CHROME;
            } else if (LineClassifier.isHeading(line, markers)) {
                kind = BlockKind.HEADING;
            } else {
                kind = BlockKind.PARAGRAPH;
            }
            body.add(new Block(kind, line, markers, i + 1));
        }
        body.closeSection();
        return body;
    }

    /** Chrome lines that came before any heading or paragraph. */
    List<Block> preamble() {
        return preamble;
    }

    List<Section> sections() {
        return sections;
    }

    private void add(Block block) {
        switch (block.kind()) {
            case HEADING -> {
                closeSection();
                heading = block;
                blocks = new ArrayList<>();
            }
            case PARAGRAPH -> {
                if (blocks == null) {
                    blocks = new ArrayList<>();
                }
                blocks.add(block);
            }
            default -> {
                if (blocks == null) {
                    preamble.add(block);
                } else {
                    blocks.add(block);
                }
            }
        }
    }

    private void closeSection() {
        if (blocks != null) {
            sections.add(new Section(sections.size(), heading, blocks));
        }
        heading = null;
        blocks = null;
    }

    private static int lastNonBlank(List<String> lines, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
