package org.fieldbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files of a generated corpus in the order an information manager imports them: profiles, then their figures. */
final class CorpusFiles {
    private CorpusFiles() {
    }

    static List<Path> inImportOrder(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(corpus)) {
            files = listed.sorted().toList();
        }
        List<Path> ordered = new ArrayList<>(files.stream().filter(p -> p.toString().endsWith(".txt")).toList());
        ordered.addAll(files.stream().filter(p -> p.toString().endsWith(FiguresCompanion.SUFFIX)).toList());
        return ordered;
    }

    static long profiles(List<Path> files) {
        return files.stream().filter(p -> p.toString().endsWith(".txt")).count();
    }
}
