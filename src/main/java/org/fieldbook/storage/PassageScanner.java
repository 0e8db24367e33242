package org.fieldbook.storage;

import java.util.List;
import org.fieldbook.model.NameMatch;

/** Finds the catalogue entries a passage names; the library calls it for each stored passage. */
@FunctionalInterface
public interface PassageScanner {
    List<NameMatch> scan(String passageText);
}
