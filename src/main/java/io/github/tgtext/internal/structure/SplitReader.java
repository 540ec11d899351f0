package io.github.tgtext.internal.structure;

import io.github.tgtext.ChannelHeader;
import io.github.tgtext.Diagnostic;
import io.github.tgtext.Layout;
import io.github.tgtext.Post;
import io.github.tgtext.RecurringLine;
import io.github.tgtext.Unrecognised;
import io.github.tgtext.internal.InOrder;
import io.github.tgtext.internal.ParserOptions;
import io.github.tgtext.internal.input.TextDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Reads a file in pieces on several threads and gives what one pass over it would give, in the
 * same order: the {@link PieceCutter} cuts the file where a post always begins, each piece is
 * parsed on its own ({@link ExportReader#piece}), and the pieces' posts are numbered and their
 * reply previews resolved here, in input order, as one pass does it. Holds at most
 * {@value #PIECES_PER_THREAD} pieces per thread ahead of the reader, each about
 * {@value PieceCutter#PIECE_BYTES} bytes of input and its posts.
 */
public final class SplitReader implements PostReader {

    /** Files smaller than this are read in one pass: splitting them would cost more than it saves. */
    public static final long SPLIT_BYTES = 2L * PieceCutter.PIECE_BYTES;

    /** How many pieces per thread are parsed ahead of the reader. */
    static final int PIECES_PER_THREAD = 2;

    private final ParserOptions options;
    private final ExportReader.FileStart start;
    private final Consumer<Diagnostic> diagnostics;
    private final Consumer<Unrecognised> unrecognised;
    private final PieceCutter cutter;
    private final ExecutorService pool;
    private final int window;
    private final Deque<Future<List<Object>>> ahead = new ArrayDeque<>();
    private final ReplyIndex replies = new ReplyIndex();
    private final RecurringLines recurring = new RecurringLines();
    /** What the current piece gave (posts, diagnostics, unrecognised lines), in order, not yet handed out. */
    private final Deque<Object> current = new ArrayDeque<>();
    /** The rest of the input, read as a stream, once the cutter has given it; its events go to {@link #current}. */
    private ExportReader rest;
    private Optional<ChannelHeader> header = Optional.empty();
    private boolean cutterDone;
    private int nextIndex;

    /** Where, in the first piece's events, the header's own diagnostics end and its posts' begin. */
    private enum Marker {
        HEADER_END
    }

    /** In the window, the rest of the input: opened on the reader's thread when its turn comes. */
    private record Rest(PieceCutter.Piece piece) {
    }

    /**
     * @param threads how many threads parse pieces
     * @return true if a file is large enough, and there are threads enough, for it to be read in pieces
     */
    public static boolean worthSplitting(Path path, int threads) throws IOException {
        return worthSplitting(Files.size(path), threads);
    }

    /**
     * @param size the file's size in bytes
     * @param threads how many threads parse pieces
     * @return true if a file of that size is large enough, with threads enough, to be read in pieces
     */
    public static boolean worthSplitting(long size, int threads) {
        return threads > 1 && size >= SPLIT_BYTES;
    }

    /**
     * Reads the file's start (header, layout), then starts parsing pieces.
     *
     * @param threads how many threads parse pieces
     * @throws IOException if the file cannot be read; the message names the path
     */
    public SplitReader(Path path, ParserOptions options, int threads, Consumer<Diagnostic> diagnostics,
            Consumer<Unrecognised> unrecognised) throws IOException {
        this(path, options, threads, UnaryOperator.identity(), diagnostics, unrecognised);
    }

    /**
     * @param reading wraps the stream the file is cut from, which reads it once from start to end,
     *                no further ahead of the reader than the pieces held: for a progress bar
     */
    public SplitReader(Path path, ParserOptions options, int threads, UnaryOperator<InputStream> reading,
            Consumer<Diagnostic> diagnostics, Consumer<Unrecognised> unrecognised) throws IOException {
        this(path, options, threads, PieceCutter.PIECE_BYTES, reading, diagnostics, unrecognised);
    }

    /** @param pieceBytes the size after which a piece is cut: small in tests, to cut at every point there is */
    SplitReader(Path path, ParserOptions options, int threads, int pieceBytes, Consumer<Diagnostic> diagnostics,
            Consumer<Unrecognised> unrecognised) throws IOException {
        this(path, options, threads, pieceBytes, UnaryOperator.identity(), diagnostics, unrecognised);
    }

    private SplitReader(Path path, ParserOptions options, int threads, int pieceBytes,
            UnaryOperator<InputStream> reading, Consumer<Diagnostic> diagnostics, Consumer<Unrecognised> unrecognised)
            throws IOException {
        this.options = options;
        this.diagnostics = diagnostics;
        this.unrecognised = unrecognised;
        try (ExportReader first = new ExportReader(new TextDecoder(Files.newInputStream(path)), options, d -> { },
                u -> { })) {
            this.start = first.fileStart();
        }
        this.cutter = new PieceCutter(reading.apply(Files.newInputStream(path)), options::isLinkLabel, start.layout(),
                start.channelName().isPresent(), pieceBytes);
        this.pool = Executors.newFixedThreadPool(threads, InOrder.daemonThreads());
        this.window = PIECES_PER_THREAD * threads;
        fillWindow();
        if (!ahead.isEmpty()) {
            takeNextPiece();
        }
        // As one pass does, the header's diagnostics are told before the reader is handed on.
        for (Object event = current.pollFirst(); event != null && event != Marker.HEADER_END; event = current.pollFirst()) {
            tell(event);
        }
    }

    @Override
    public Optional<ChannelHeader> header() {
        return header;
    }

    @Override
    public Layout layout() {
        return start.layout();
    }

    @Override
    public Post next() {
        while (true) {
            Object event = current.pollFirst();
            while (event == null && rest != null) {
                Post post = rest.next();
                if (post == null) {
                    closeRest();
                } else {
                    current.addLast(post);
                }
                event = current.pollFirst();
            }
            if (event == null) {
                if (ahead.isEmpty()) {
                    return null;
                }
                takeNextPiece();
                continue;
            }
            if (event instanceof Post post) {
                return linked(post);
            }
            tell(event);
        }
    }

    private void tell(Object event) {
        if (event instanceof Diagnostic diagnostic) {
            diagnostics.accept(diagnostic);
        } else if (event instanceof Unrecognised region) {
            unrecognised.accept(region);
        }
    }

    /** Numbers the post in the whole input and resolves its reply preview, as one pass does. */
    private Post linked(Post post) {
        Post linked = replies.link(Posts.withIndex(post, nextIndex++));
        recurring.observe(linked);
        return linked;
    }

    @Override
    public List<RecurringLine> recurringLines() {
        return recurring.found();
    }

    private void takeNextPiece() {
        try {
            List<Object> events = InOrder.await(ahead.removeFirst());
            fillWindow();
            if (!events.isEmpty() && events.get(0) instanceof Rest restOfInput) {
                startRest(restOfInput.piece());
            } else if (!events.isEmpty() && events.get(0) instanceof ChannelHeader first) {
                header = Optional.of(first);
                current.addAll(events.subList(1, events.size()));
            } else {
                current.addAll(events);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts and submits pieces until the window is full; the rest of the input is read here, as a stream. */
    private void fillWindow() {
        try {
            while (!cutterDone && ahead.size() < window) {
                PieceCutter.Piece piece = cutter.next();
                if (piece == null) {
                    cutterDone = true;
                } else if (piece.rest() != null) {
                    cutterDone = true;
                    ahead.addLast(java.util.concurrent.CompletableFuture.completedFuture(List.of(new Rest(piece))));
                } else {
                    ahead.addLast(pool.submit(() -> parse(piece)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Object> parse(PieceCutter.Piece piece) throws IOException {
        String text = new String(piece.bytes(), 0, piece.length(), StandardCharsets.UTF_8);
        List<Object> events = new ArrayList<>();
        try (ExportReader reader = read(new StringReader(text), piece, events)) {
            reader.header().ifPresent(h -> events.add(0, h));
            events.add(Marker.HEADER_END);
            for (Post post = reader.next(); post != null; post = reader.next()) {
                events.add(post);
            }
        }
        return events;
    }

    /**
     * Opens the rest of the input, to be read as a stream from here on, after every piece before
     * it: where the cutter found no UTF-8, or no point where a post begins for too long.
     */
    private void startRest(PieceCutter.Piece piece) {
        InputStream bytes = new SequenceInputStream(new ByteArrayInputStream(piece.bytes(), 0, piece.length()),
                piece.rest());
        Reader decoded = piece.first() ? new TextDecoder(bytes)
                : new TextDecoder(bytes, piece.byteOffset(), piece.charOffset());
        // Its diagnostics and unrecognised lines join the events, before the post they are about.
        rest = ExportReader.piece(decoded, options, start, piece.linesBefore(), piece.charOffset(), current::addLast,
                current::addLast);
        if (rest.header().isPresent()) {
            header = rest.header();
        }
        current.addLast(Marker.HEADER_END);
    }

    private ExportReader read(Reader text, PieceCutter.Piece piece, List<Object> events) {
        return ExportReader.piece(text, options, start, piece.linesBefore(), piece.charOffset(), events::add,
                events::add);
    }

    private void closeRest() {
        try {
            rest.close();
            rest = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        pool.shutdownNow();
        if (rest != null) {
            rest.close();
        }
        cutter.close();
    }
}
