package org.fieldbook.ui.catalogue;

import org.fieldbook.model.Mention;
import org.fieldbook.model.Snippet;

/** A mention as the list shows it: where it is ("Russian Federation · Mine Ban Policy 2021 — Production") and a snippet. */
public record MentionItem(Mention mention, String place, Snippet snippet) {
}
