package org.sikiza.classifier.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The labelled training corpus: one TSV file per class ({@code sdg01.tsv} .. {@code sdg17.tsv},
 * {@code other.tsv}), each line {@code LABELS<TAB>LANG<TAB>TEXT}, split into train/dev/test by
 * {@link SplitRule}.
 */
public final class Corpus {

  /** Where the corpus lives inside the classifier jar. */
  public static final String CLASSPATH_DIRECTORY = "corpus/";

  /** The file names a corpus is made of, in order. */
  public static final List<String> FILE_NAMES = fileNames();

  private final List<LabelledText> examples;

  public Corpus(List<LabelledText> examples) {
    this.examples = List.copyOf(examples);
  }

  private static List<String> fileNames() {
    List<String> names = new ArrayList<>();
    for (int sdg = 1; sdg <= 17; sdg++) {
      names.add(String.format("sdg%02d.tsv", sdg));
    }
    names.add("other.tsv");
    return List.copyOf(names);
  }

  /**
   * Reads the corpus files of a directory. Any other {@code .tsv} file there is an error: the jar
   * only reads the known file names, so an extra file would be trained on here but missing from the
   * corpus the model is checked against.
   */
  public static Corpus fromDirectory(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      List<String> unexpected = files.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".tsv") && !FILE_NAMES.contains(name)).sorted().toList();
      if (!unexpected.isEmpty()) {
        throw new IllegalArgumentException("unexpected corpus files " + unexpected + " in " + directory
            + ": put examples in " + FILE_NAMES.get(0) + " .. " + FILE_NAMES.get(FILE_NAMES.size() - 1));
      }
      List<LabelledText> examples = new ArrayList<>();
      int found = 0;
      for (String name : FILE_NAMES) {
        Path file = directory.resolve(name);
        if (Files.isRegularFile(file)) {
          found++;
          try (InputStream in = Files.newInputStream(file)) {
            examples.addAll(LabelledTextReader.read(in, name));
          }
        }
      }
      if (found == 0) {
        throw new IllegalArgumentException("no corpus files (" + FILE_NAMES.get(0) + " ..) in " + directory);
      }
      return new Corpus(examples);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the corpus packed in the jar ({@value #CLASSPATH_DIRECTORY}{@code sdgNN.tsv}, {@code other.tsv}). */
  public static Corpus fromClasspath() {
    List<LabelledText> examples = new ArrayList<>();
    ClassLoader loader = Corpus.class.getClassLoader();
    int found = 0;
    for (String name : FILE_NAMES) {
      try (InputStream in = loader.getResourceAsStream(CLASSPATH_DIRECTORY + name)) {
        if (in != null) {
          found++;
          examples.addAll(LabelledTextReader.read(in, name));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (found == 0) {
      throw new IllegalStateException("no corpus files on the classpath under " + CLASSPATH_DIRECTORY);
    }
    return new Corpus(examples);
  }

  public List<LabelledText> examples() {
    return examples;
  }

  public List<LabelledText> split(Split split) {
    return examples.stream().filter(e -> SplitRule.splitOf(e.text()) == split).toList();
  }

  /**
   * SHA-256 over the examples' content (labels, language, text), sorted, so that comments, blank
   * lines and line order do not count as changes but any new or edited example does.
   */
  public String fingerprint() {
    List<String> lines = new ArrayList<>();
    for (LabelledText e : examples) {
      lines.add(String.join(",", e.labels()) + '\t' + e.language() + '\t' + e.text());
    }
    lines.sort(null);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
