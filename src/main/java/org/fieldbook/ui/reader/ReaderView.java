package org.fieldbook.ui.reader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import org.fieldbook.model.Marker;
import org.fieldbook.model.TextRange;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.reader.ReaderDocument.Line;
import org.fieldbook.ui.reader.ReaderViewModel.Highlight;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.model.TwoDimensional.Position;

/**
 * The reader: the open report as read-only styled text (RichTextFX), with selection and
 * copy, footnote markers as links with a hover preview, and a line length kept readable.
 */
public final class ReaderView extends StackPane {
    static final double BASE_FONT_PX = 15;
    static final double MAX_LINE_WIDTH_EM = 46;

    private final ReaderViewModel model;
    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final Popup preview = new Popup();
    private final Label previewText = new Label();
    private final StackPane previewBox = new StackPane(previewText);
    private final Label empty = new Label();
    private double fontPx = BASE_FONT_PX;
    /** Whether the user has moved the view since the last programmatic scroll. */
    private boolean userScrolled;

    public ReaderView(ReaderViewModel model, Messages messages) {
        this.model = model;
        getStyleClass().add("reader-pane");
        area.setId("reader");
        area.getStyleClass().add("reader");
        area.setEditable(false);
        area.setWrapText(true);
        area.setFocusTraversable(true);
        area.setAccessibleText(messages.get("reader.accessible"));
        scroll.getStyleClass().add("reader-scroll");
        empty.setText(messages.get("reader.empty"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        previewText.getStyleClass().add("footnote-preview");
        previewText.setWrapText(true);
        previewText.setMaxWidth(420);
        previewBox.getStyleClass().setAll("root", "footnote-preview-box");
        preview.getContent().add(previewBox);
        preview.setAutoHide(true);
        getChildren().addAll(scroll, empty);
        widthProperty().addListener((obs, old, now) -> limitLineLength());

        model.documentProperty().addListener((obs, old, now) -> render(now));
        model.scrollRequestProperty().addListener((obs, old, now) -> {
            if (now != null) {
                userScrolled = false;
                area.showParagraphAtTop(Math.min(now.line(), Math.max(0, area.getParagraphs().size() - 1)));
            }
        });
        model.highlightProperty().addListener((obs, old, now) -> {
            if (old != null) {
                restyle(old.line());
            }
            if (now != null) {
                restyle(now.line());
            }
        });
        area.estimatedScrollYProperty().addListener((obs, old, now) -> reportScroll());
        // Only the user's own scrolling moves the section in view; a requested scroll lays
        // out later, and reading the viewport before then would name the old section.
        scroll.addEventFilter(ScrollEvent.ANY, e -> userScrolled = true);
        scroll.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> userScrolled = true);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> userScrolled = true);
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
        area.addEventHandler(MouseEvent.MOUSE_MOVED, this::hoverCursor);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, this::showPreview);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> preview.hide());
        area.setContextMenu(contextMenu(messages));
        render(model.documentProperty().get());
    }

    private ContextMenu contextMenu(Messages messages) {
        MenuItem copy = new MenuItem(messages.get("menu.copy"));
        copy.setOnAction(e -> area.copy());
        MenuItem cite = new MenuItem(messages.get("menu.copyCitation"));
        cite.setOnAction(e -> copyWithCitation());
        MenuItem all = new MenuItem(messages.get("menu.selectAll"));
        all.setOnAction(e -> area.selectAll());
        ContextMenu menu = new ContextMenu(copy, cite, new SeparatorMenuItem(), all);
        menu.setOnShowing(e -> {
            boolean selected = area.getSelection().getLength() > 0;
            copy.setDisable(!selected);
            cite.setDisable(!selected);
        });
        return menu;
    }

    /** The text area, for keyboard focus and tests. */
    public StyleClassedTextArea area() {
        return area;
    }

    /** Sets the reading font size as a factor of the base size. */
    public void setZoom(double zoom) {
        fontPx = BASE_FONT_PX * zoom;
        area.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fontPx));
        limitLineLength();
    }

    /** Copies the selection followed by its citation. Returns false when nothing is selected. */
    public boolean copyWithCitation() {
        if (area.getSelection().getLength() == 0) {
            return false;
        }
        Position from = area.offsetToPosition(area.getSelection().getStart(), Bias.Forward);
        Position to = area.offsetToPosition(area.getSelection().getEnd(), Bias.Backward);
        String text = model.withCitation(area.getSelectedText(), from.getMajor(), from.getMinor(), to.getMajor(),
                to.getMinor());
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        return true;
    }

    private void limitLineLength() {
        double max = MAX_LINE_WIDTH_EM * fontPx + 64;
        scroll.setMaxWidth(Math.max(320, max));
    }

    private void render(ReaderDocument document) {
        preview.hide();
        boolean hasDocument = document != null;
        empty.setVisible(!hasDocument);
        scroll.setVisible(hasDocument);
        if (!hasDocument) {
            area.clear();
            return;
        }
        List<Line> lines = document.lines();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(lines.get(i).text());
        }
        area.replaceText(text.toString());
        for (int i = 0; i < lines.size(); i++) {
            area.setParagraphStyle(i, List.of(lines.get(i).role().name().toLowerCase(Locale.ROOT)));
            restyle(i);
        }
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    private void restyle(int line) {
        ReaderDocument document = model.documentProperty().get();
        if (document == null || line >= document.lines().size()) {
            return;
        }
        Line shown = document.lines().get(line);
        Highlight highlight = model.highlightProperty().get();
        List<TextRange> marks = highlight != null && highlight.line() == line ? highlight.ranges() : List.of();
        area.setStyleSpans(line, 0, spans(shown.text().length(), shown.markers(), marks));
    }

    /** Style classes per character: "marker" on footnote markers, "match" on search matches. */
    static StyleSpans<Collection<String>> spans(int length, List<Marker> markers, List<TextRange> matches) {
        String[] classes = new String[length];
        for (Marker marker : markers) {
            for (int i = marker.start(); i < Math.min(marker.end(), length); i++) {
                classes[i] = "marker";
            }
        }
        for (TextRange match : matches) {
            for (int i = match.start(); i < Math.min(match.end(), length); i++) {
                classes[i] = classes[i] == null ? "match" : "marker-match";
            }
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        if (length == 0) {
            builder.add(List.of(), 0);
            return builder.create();
        }
        int runStart = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || !java.util.Objects.equals(classes[i], classes[runStart])) {
                builder.add(styleOf(classes[runStart]), i - runStart);
                runStart = i;
            }
        }
        return builder.create();
    }

    private static Collection<String> styleOf(String name) {
        if (name == null) {
            return List.of();
        }
        List<String> styles = new ArrayList<>(2);
        for (String part : name.split("-")) {
            styles.add(part);
        }
        return styles;
    }

    private void reportScroll() {
        if (userScrolled && model.documentProperty().get() != null && !area.getVisibleParagraphs().isEmpty()) {
            model.scrolledTo(area.firstVisibleParToAllParIndex(), area.lastVisibleParToAllParIndex());
        }
    }

    private Position positionAt(double x, double y) {
        int index = area.hit(x, y).getInsertionIndex();
        return area.offsetToPosition(index, Bias.Forward);
    }

    private boolean onMarker(Position position) {
        return model.footnotePreview(position.getMajor(), position.getMinor()).isPresent();
    }

    private void click(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || event.getClickCount() != 1 || area.getSelection().getLength() > 0) {
            return;
        }
        Position position = area.hit(event.getX(), event.getY()).getCharacterIndex().isPresent()
                ? area.offsetToPosition(area.hit(event.getX(), event.getY()).getCharacterIndex().getAsInt(), Bias.Forward)
                : positionAt(event.getX(), event.getY());
        model.clicked(position.getMajor(), position.getMinor());
    }

    private void hoverCursor(MouseEvent event) {
        var hit = area.hit(event.getX(), event.getY()).getCharacterIndex();
        boolean marker = hit.isPresent() && onMarker(area.offsetToPosition(hit.getAsInt(), Bias.Forward));
        area.setCursor(marker ? Cursor.HAND : Cursor.TEXT);
    }

    private void showPreview(MouseOverTextEvent event) {
        Position position = area.offsetToPosition(event.getCharacterIndex(), Bias.Forward);
        model.footnotePreview(position.getMajor(), position.getMinor()).ifPresent(text -> {
            previewText.setText(text);
            // a popup is a window of its own: give it the window's theme
            previewBox.getStylesheets().setAll(getScene().getStylesheets());
            Point2D at = event.getScreenPosition();
            preview.show(area, at.getX() + 8, at.getY() + 14);
        });
    }
}
