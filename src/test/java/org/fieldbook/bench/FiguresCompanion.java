package org.fieldbook.bench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.fieldbook.chart.FigureExtractor;
import org.fieldbook.importer.ProfileParser;
import org.fieldbook.model.Figure;
import org.fieldbook.model.FigureKind;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.Report;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A curated figures file for each profile whose text has stockpile figures, as a curator
 * would write it after reading the section: the figures the real extractor proposes, with
 * their sentence and footnote, kept when their footnote has a text (about one profile in
 * ten). Profiles without such figures get none.
 */
final class FiguresCompanion implements CorpusGenerator.Companion {
    static final String SUFFIX = ".figures.json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ProfileParser parser = new ProfileParser();
    private final FigureExtractor extractor = new FigureExtractor();

    @Override
    public Optional<CorpusGenerator.GeneratedFile> forProfile(CorpusGenerator.GeneratedFile profile,
                                                              SplittableRandom random) {
        Optional<Report> report = parser.parse(profile.name(), profile.text().getBytes(StandardCharsets.UTF_8))
                .reportIfValid();
        if (report.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> withText = report.get().footnotes().stream().filter(f -> !f.text().isBlank())
                .map(Footnote::number).collect(Collectors.toSet());
        List<Map<String, Object>> figures = extractor.extract(report.get()).stream()
                .filter(f -> f.kind() != FigureKind.DERIVED && (f.footnote() == null || withText.contains(f.footnote())))
                .map(FiguresCompanion::entry).toList();
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("kind", "fieldbook-figures");
        file.put("report", profile.reportId());
        file.put("note", "Generated for the benchmarks from the report's stockpile section.");
        file.put("figures", figures);
        String name = profile.name().substring(0, profile.name().length() - ".txt".length()) + SUFFIX;
        return Optional.of(new CorpusGenerator.GeneratedFile(name, JSON.writeValueAsString(file), null));
    }

    private static Map<String, Object> entry(Figure figure) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("measure", figure.measure().code());
        entry.put("mines", figure.mines().code());
        if (figure.place() != null) {
            entry.put("place", figure.place());
        }
        figure.periodIfKnown().ifPresent(period -> entry.put("period", period.code()));
        entry.put("value", figure.value());
        entry.put("qualifier", figure.qualifier().code());
        entry.put("kind", figure.kind().code());
        figure.footnoteIfAny().ifPresent(number -> entry.put("footnote", number));
        entry.put("sentence", figure.sentence());
        return entry;
    }
}
