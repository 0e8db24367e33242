package org.fieldbook.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.importer.Profiles.nonBlankLines;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fieldbook.model.Block;
import org.fieldbook.model.Report;
import org.fieldbook.model.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Nothing is lost: the profile rebuilt from its structure has the file's non-blank lines, in order. */
class RoundTripTest {

    static Stream<Arguments> validProfiles() {
        List<Arguments> cases = new ArrayList<>();
        byte[] seed = Profiles.bytes(Profiles.SEED);
        cases.add(Arguments.of(Profiles.SEED.getFileName().toString(), seed));
        for (String name : Profiles.VALID) {
            cases.add(Arguments.of(name, Profiles.bytes(Profiles.fixture(name))));
        }
        String seedName = Profiles.SEED.getFileName().toString();
        cases.add(Arguments.of(seedName + " with CRLF line ends", lineEnds(seed, "\r\n")));
        cases.add(Arguments.of(seedName + " with lone CR line ends", lineEnds(seed, "\r")));
        cases.add(Arguments.of(seedName + " with a BOM", withBom(seed)));
        byte[] bosnia = Profiles.bytes(Profiles.fixture(Profiles.BOSNIA));
        cases.add(Arguments.of(Profiles.BOSNIA + " with lone CR line ends and a BOM", withBom(lineEnds(bosnia, "\r"))));
        byte[] lao = Profiles.bytes(Profiles.fixture(Profiles.LAO));
        cases.add(Arguments.of(Profiles.LAO + " with CRLF line ends", lineEnds(lao, "\r\n")));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validProfiles")
    void writtenProfileHasEveryNonBlankSourceLineInOrder(String name, byte[] content) {
        Report report = Profiles.valid(new ProfileParser().parse(name, content));

        String written = ProfileWriter.write(report);

        List<String> source = nonBlankLines(new String(content, UTF_8));
        assertThat(source).isNotEmpty();
        assertThat(nonBlankLines(written)).containsExactlyElementsOf(source);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validProfiles")
    void writtenProfileReadsBackToTheSameStructure(String name, byte[] content) {
        Report report = Profiles.valid(new ProfileParser().parse(name, content));

        Report again = Profiles.valid(new ProfileParser().parse(name, ProfileWriter.write(report).getBytes(UTF_8)));

        assertThat(again.id()).isEqualTo(report.id());
        assertThat(again.lastUpdated()).isEqualTo(report.lastUpdated());
        assertThat(shape(again)).containsExactlyElementsOf(shape(report));
        assertThat(again.footnotes()).extracting(f -> f.label() + f.text())
                .containsExactlyElementsOf(report.footnotes().stream().map(f -> f.label() + f.text()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validProfiles")
    void lineEndsAndBomDoNotChangeWhatIsRead(String name, byte[] content) {
        byte[] unix = lineEnds(new String(content, UTF_8).replace("\uFEFF", "").getBytes(UTF_8), "\n");
        Report plain = Profiles.valid(new ProfileParser().parse(name, unix));

        Report report = Profiles.valid(new ProfileParser().parse(name, content));

        assertThat(report.preamble()).containsExactlyElementsOf(plain.preamble());
        assertThat(report.sections()).containsExactlyElementsOf(plain.sections());
        assertThat(report.footnotes()).containsExactlyElementsOf(plain.footnotes());
        assertThat(report.trailer()).containsExactlyElementsOf(plain.trailer());
    }

    /** Every block as "KIND line: text", with section boundaries, in dump order. */
    private static List<String> shape(Report report) {
        List<String> shape = new ArrayList<>();
        report.preamble().forEach(b -> shape.add("preamble " + describe(b)));
        for (Section section : report.sections()) {
            shape.add("section " + section.ordinal() + " " + section.title().orElse("(no heading)"));
            section.blocks().forEach(b -> shape.add(describe(b)));
        }
        report.trailer().forEach(b -> shape.add("trailer " + describe(b)));
        return shape;
    }

    private static String describe(Block block) {
        return block.kind() + " " + block.text() + " " + block.markers();
    }

    private static byte[] lineEnds(byte[] content, String lineEnd) {
        String text = new String(content, UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        return text.replace("\n", lineEnd).getBytes(UTF_8);
    }

    private static byte[] withBom(byte[] content) {
        byte[] out = new byte[content.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(content, 0, out, 3, content.length);
        return out;
    }
}
