package io.github.tgtext.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.hadoop.fs.Path;

/**
 * Finds the files a read names, on any Hadoop file system: a file is read whatever its name; a
 * folder gives the files below it whose names match {@code pathGlobFilter} (default
 * {@code *.txt}, what the command-line tool reads in a folder), in sub-folders too unless
 * {@code recursiveFileLookup} is false, leaving out hidden names (starting with {@code .} or
 * {@code _}, as Spark's file sources do); a glob gives what it matches, folders as above. A path
 * that names nothing fails the read. The files come sorted by path within each path given, and
 * each only once.
 */
final class ExportFiles {

    private ExportFiles() {
    }

    static List<ExportFile> list(ReadOptions options, Configuration conf) {
        GlobFilter names;
        try {
            names = new GlobFilter(options.pathGlobFilter());
        } catch (IOException e) {
            throw new IllegalArgumentException("tgtext: option pathGlobFilter is not a glob: " + options.pathGlobFilter(), e);
        }
        Map<String, ExportFile> files = new LinkedHashMap<>();
        for (String given : options.paths()) {
            try {
                Path path = new Path(given);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = isGlob(given) ? fs.globStatus(path) : status(fs, path);
                if (matches == null || matches.length == 0) {
                    throw new IllegalArgumentException("tgtext: " + given + ": no such file");
                }
                List<FileStatus> found = new ArrayList<>();
                for (FileStatus match : matches) {
                    if (match.isDirectory()) {
                        addBelow(fs, match.getPath(), names, options.recursiveFileLookup(), found);
                    } else {
                        found.add(match);
                    }
                }
                found.sort(Comparator.comparing(s -> s.getPath().toString()));
                for (FileStatus file : found) {
                    String name = file.getPath().toString();
                    files.putIfAbsent(name, new ExportFile(name, file.getLen()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("tgtext: " + given + ": cannot list: " + Unreadable.reason(e), e);
            }
        }
        return List.copyOf(files.values());
    }

    /** @return the path's status alone, or none if it does not exist */
    private static FileStatus[] status(FileSystem fs, Path path) throws IOException {
        try {
            return new FileStatus[] {fs.getFileStatus(path)};
        } catch (FileNotFoundException e) {
            return new FileStatus[0];
        }
    }

    private static void addBelow(FileSystem fs, Path folder, GlobFilter names, boolean recursive,
            List<FileStatus> found) throws IOException {
        FileStatus[] entries = fs.listStatus(folder);
        Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus entry : entries) {
            String name = entry.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                continue;
            }
            if (entry.isDirectory()) {
                if (recursive) {
                    addBelow(fs, entry.getPath(), names, true, found);
                }
            } else if (names.accept(entry.getPath())) {
                found.add(entry);
            }
        }
    }

    /** Hadoop's glob characters: a path with none names one file or folder. */
    private static boolean isGlob(String path) {
        return path.chars().anyMatch(c -> "*?[{\\".indexOf(c) >= 0);
    }
}
