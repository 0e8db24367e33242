package org.fieldbook.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files that are not profiles get one clear error with file and line, and no report. */
class FileProblemsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "error-empty.txt           | error-empty.txt:1: error: the file is empty",
        "error-whitespace-only.txt | error-whitespace-only.txt:1: error: the file is empty (it holds only whitespace)",
        "error-binary.txt          | error-binary.txt:4: error: binary file, not a profile text",
        "error-invalid-utf8.txt    | error-invalid-utf8.txt:9: error: not valid UTF-8: the byte 0xF4 on line 9 cannot be decoded (save the file as UTF-8)",
        "error-no-title-block.txt  | error-no-title-block.txt:1: error: no title block: expected the country name on line 1",
        "error-footnote-first.txt  | error-footnote-first.txt:3: error: no title block: expected the country name on line 3",
        "error-no-year.txt         | error-no-year.txt:3: error: no report year: the title block names no year, has no Last updated date, and the file name holds no year",
        "error-duplicate-footnotes.txt | error-duplicate-footnotes.txt:15: error: footnote [7] appears twice (first at line 11)",
    })
    void errorFixtures(String name, String printed) {
        ParseResult result = Profiles.parseFixture(name);

        assertThat(result.report()).isNull();
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.reportIfValid()).isEmpty();
        // problems name the file as the user gave it
        assertThat(Profiles.printed(result)).containsExactly(Profiles.FIXTURES.resolve(printed).toString());
    }

    @Test
    void invalidUtf8LineCountsEveryKindOfLineEnd() {
        byte[] content = "Chile\r\n\r\nMine Action\rLast updated: 1 May 2020\n\nText \u00e9".getBytes(UTF_8);
        byte[] broken = Arrays.copyOf(content, content.length - 1);

        ParseResult result = new ProfileParser().parse("chile.txt", broken);

        assertThat(Profiles.printed(result)).containsExactly(
                "chile.txt:6: error: not valid UTF-8: the byte 0xC3 on line 6 cannot be decoded (save the file as UTF-8)");
    }

    @Test
    void aFileOverTenMegabytesIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge-2021.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024);
        }

        ParseResult result = new ProfileParser().parse(huge);

        assertThat(result.report()).isNull();
        assertThat(Profiles.printed(result)).containsExactly(huge + ":1: error: the file is too large: "
                + "3,221,225,472 bytes (3072.0 MB), the limit is 10,485,760 bytes (10 MB)");
    }

    @Test
    void oneByteOverTheLimitIsRefusedAndExactlyTheLimitIsRead(@TempDir Path dir) throws IOException {
        byte[] profile = (Profiles.TITLE + "Policy\n\nText.[1]\n\n[1] Source.\n").getBytes(UTF_8);
        byte[] atLimit = Arrays.copyOf(profile, (int) ProfileParser.MAX_BYTES);
        Arrays.fill(atLimit, profile.length, atLimit.length, (byte) ' ');
        Path limit = Files.write(dir.resolve("at-limit.txt"), atLimit);
        byte[] overLimit = Arrays.copyOf(atLimit, atLimit.length + 1);
        overLimit[overLimit.length - 1] = '\n';
        Path over = Files.write(dir.resolve("over-limit.txt"), overLimit);

        assertThat(new ProfileParser().parse(limit).hasErrors()).isFalse();
        assertThat(Profiles.printed(new ProfileParser().parse(over))).containsExactly(over + ":1: error: "
                + "the file is too large: 10,485,761 bytes (10.0 MB), the limit is 10,485,760 bytes (10 MB)");
        assertThat(Profiles.printed(new ProfileParser().parse("bytes.txt", overLimit))).containsExactly("bytes.txt:1: error: "
                + "the file is too large: 10,485,761 bytes (10.0 MB), the limit is 10,485,760 bytes (10 MB)");
    }

    @Test
    void aMissingFileOrAFolderIsAProblemNotAnException(@TempDir Path dir) {
        assertThat(Profiles.printed(new ProfileParser().parse(dir.resolve("gone.txt"))))
                .containsExactly(dir.resolve("gone.txt") + ":1: error: cannot read the file: it does not exist");
        assertThat(Profiles.printed(new ProfileParser().parse(dir)))
                .containsExactly(dir + ":1: error: cannot read the file: it is a folder, not a profile text");
    }

    @Test
    void aByteOrderMarkAloneIsAnEmptyFile() {
        ParseResult result = new ProfileParser().parse("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'});

        assertThat(Profiles.printed(result)).containsExactly("bom.txt:1: error: the file is empty (it holds only whitespace)");
    }

    @Test
    void warningsAreSortedByLine() {
        ParseResult result = Profiles.parseText("kenya-2020.txt", "Kenya\n\nMine Ban Policy Notes\n\nPolicy\n\n"
                + "Claim.[3]\n\nClaim.[1]\n\n[1]\n\n[2] Source.\n");

        assertThat(Profiles.printed(result)).containsExactly(
                "kenya-2020.txt:3: warning: unknown profile type 'Mine Ban Policy Notes'",
                "kenya-2020.txt:3: warning: report year 2020 taken from the file name: the title block names no year and no Last updated date",
                "kenya-2020.txt:7: warning: footnote [3] is cited but has no text in the source",
                "kenya-2020.txt:11: warning: footnote [1] has no text",
                "kenya-2020.txt:13: warning: footnote [2] is never cited");
    }
}
