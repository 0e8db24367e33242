package org.fieldbook.ui.main;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Back and forward through the places a reader has been, like a browser: going somewhere
 * new clears the forward list. Bounded so that a long session does not grow without end.
 */
public final class NavigationHistory {
    static final int LIMIT = 200;

    private final Deque<Place> back = new ArrayDeque<>();
    private final Deque<Place> forward = new ArrayDeque<>();
    private Place current;

    /** Records a move to {@code place}; a move to where we already are is not recorded. */
    public void visit(Place place) {
        if (place.equals(current)) {
            return;
        }
        if (current != null) {
            back.push(current);
            if (back.size() > LIMIT) {
                back.removeLast();
            }
        }
        forward.clear();
        current = place;
    }

    /** Replaces the current place without a history entry (scrolling within a report). */
    public void update(Place place) {
        current = place;
    }

    public Optional<Place> back() {
        if (back.isEmpty()) {
            return Optional.empty();
        }
        forward.push(current);
        current = back.pop();
        return Optional.of(current);
    }

    public Optional<Place> forward() {
        if (forward.isEmpty()) {
            return Optional.empty();
        }
        back.push(current);
        current = forward.pop();
        return Optional.of(current);
    }

    public boolean canGoBack() {
        return !back.isEmpty();
    }

    public boolean canGoForward() {
        return !forward.isEmpty();
    }

    public Optional<Place> current() {
        return Optional.ofNullable(current);
    }
}
