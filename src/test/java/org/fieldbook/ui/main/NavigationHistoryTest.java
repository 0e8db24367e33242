package org.fieldbook.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import org.fieldbook.model.ReportId;
import org.junit.jupiter.api.Test;

class NavigationHistoryTest {
    final ReportId russia = ReportId.parse("russian-federation/mine-ban-policy/2021");
    final Place policy = Place.sectionTop(russia, 0);
    final Place use = Place.sectionTop(russia, 1);
    final Place stockpiles = Place.sectionTop(russia, 4);

    @Test
    void backAndForwardWalkThePlacesVisited() {
        NavigationHistory history = new NavigationHistory();
        history.visit(policy);
        history.visit(use);
        history.visit(stockpiles);
        assertThat(history.back()).contains(use);
        assertThat(history.back()).contains(policy);
        assertThat(history.back()).isEmpty();
        assertThat(history.forward()).contains(use);
        assertThat(history.canGoForward()).isTrue();
    }

    @Test
    void goingSomewhereNewForgetsTheForwardPlaces() {
        NavigationHistory history = new NavigationHistory();
        history.visit(policy);
        history.visit(use);
        history.back();
        history.visit(stockpiles);
        assertThat(history.canGoForward()).isFalse();
        assertThat(history.back()).contains(policy);
    }

    @Test
    void visitingTheSamePlaceTwiceMakesOneEntry() {
        NavigationHistory history = new NavigationHistory();
        history.visit(policy);
        history.visit(policy);
        assertThat(history.canGoBack()).isFalse();
    }

    @Test
    void scrollingUpdatesThePlaceBackReturnsTo() {
        NavigationHistory history = new NavigationHistory();
        history.visit(policy);
        history.update(use);
        history.visit(stockpiles);
        assertThat(history.back()).contains(use);
    }

    @Test
    void historyIsBounded() {
        NavigationHistory history = new NavigationHistory();
        for (int i = 0; i < NavigationHistory.LIMIT + 50; i++) {
            history.visit(new Place(russia, 0, i));
        }
        int steps = 0;
        while (history.back().isPresent()) {
            steps++;
        }
        assertThat(steps).isEqualTo(NavigationHistory.LIMIT);
    }
}
