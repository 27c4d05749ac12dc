package org.sikiza.gateway.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.sikiza.gateway.sms.InboundSms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local, append-only, fsynced journal of messages that could not be committed because PostgreSQL was
 * unreachable. Messages are appended to the open segment; the replayer closes it and replays closed
 * segments, deleting one only after its messages are committed. All methods block: call them from
 * worker threads. One process owns a spool folder (a file lock says so).
 */
public final class InboundSpool implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(InboundSpool.class);
  private static final String SUFFIX = ".jsonl";

  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final AtomicLong depth = new AtomicLong();
  private FileChannel open;
  private Path openPath;
  private long sequence;

  public InboundSpool(Path dir) {
    try {
      this.dir = Files.createDirectories(dir);
      this.lockChannel = FileChannel.open(dir.resolve("spool.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      this.lock = lockChannel.tryLock();
      if (lock == null) {
        throw new IllegalStateException("spool folder " + dir + " is in use by another gateway process; "
            + "give each process its own SIKIZA_SPOOL_DIR");
      }
      for (Path segment : segments()) {
        depth.addAndGet(read(segment).size());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open spool folder " + dir, e);
    }
  }

  /** Appends the messages and returns only once they are on disk. */
  public synchronized void append(List<InboundSms> messages) {
    try {
      if (open == null) {
        openPath = dir.resolve(String.format("inbound-%d-%06d%s", System.currentTimeMillis(), sequence++, SUFFIX));
        open = FileChannel.open(openPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        syncDirectory(); // the new file's name must survive a crash too
      }
      StringBuilder lines = new StringBuilder();
      for (InboundSms message : messages) {
        lines.append(json.writeValueAsString(message)).append('\n');
      }
      ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        open.write(bytes);
      }
      open.force(false);
      depth.addAndGet(messages.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to spool " + dir, e);
    }
  }

  /** Closes the open segment so that new appends go to a new one, and lists every closed segment, oldest first. */
  public synchronized List<Path> closeSegmentsForReplay() {
    try {
      if (open != null) {
        open.close();
        open = null;
        openPath = null;
      }
      return segments();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The messages of a closed segment; a torn last line (a crash mid-write, never acknowledged) is skipped. */
  public List<InboundSms> read(Path segment) {
    try {
      List<InboundSms> messages = new ArrayList<>();
      for (String line : Files.readAllLines(segment, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        try {
          messages.add(json.readValue(line, InboundSms.class));
        } catch (IOException torn) {
          LOG.warn("event=spool.torn_line segment={}", segment.getFileName());
        }
      }
      return messages;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read spool segment " + segment, e);
    }
  }

  /** Deletes a segment whose messages are committed. */
  public synchronized void delete(Path segment, int replayed) {
    try {
      Files.deleteIfExists(segment);
      syncDirectory();
      depth.addAndGet(-replayed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Messages written to the spool and not yet replayed. */
  public long depth() {
    return depth.get();
  }

  private List<Path> segments() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(path -> path.getFileName().toString().endsWith(SUFFIX))
          .filter(path -> !path.equals(openPath))
          .sorted()
          .toList();
    }
  }

  private void syncDirectory() throws IOException {
    try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
      directory.force(true);
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (open != null) {
        open.close();
      }
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
