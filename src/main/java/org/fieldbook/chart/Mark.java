package org.fieldbook.chart;

import org.fieldbook.model.Figure;

/**
 * A figure as drawn: where it is (a point, a bar or an entry of the list beside the plot),
 * grown to a target a pointer can hit, and what its tooltip says.
 */
public record Mark(Figure figure, Box bounds, String tooltip) {
}
