package org.sikiza.classifier.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A trained model with its metadata, as stored on disk ({@code sdg-doccat.bin} +
 * {@code sdg-doccat.json}) or in the jar under {@value #CLASSPATH_DIRECTORY}.
 */
public record ModelArtifact(SdgCategoriser categoriser, ModelMetadata metadata) {

  public static final String CLASSPATH_DIRECTORY = "model/";
  public static final String MODEL_FILE = "sdg-doccat.bin";
  public static final String METADATA_FILE = "sdg-doccat.json";

  static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public static ModelArtifact fromClasspath() {
    ClassLoader loader = ModelArtifact.class.getClassLoader();
    try (InputStream model = loader.getResourceAsStream(CLASSPATH_DIRECTORY + MODEL_FILE);
         InputStream metadata = loader.getResourceAsStream(CLASSPATH_DIRECTORY + METADATA_FILE)) {
      if (model == null || metadata == null) {
        throw new IllegalStateException("no trained model on the classpath under " + CLASSPATH_DIRECTORY
            + "; run: java -jar gateway/target/sikiza.jar train");
      }
      return read(model, metadata);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ModelArtifact fromDirectory(Path directory) {
    try (InputStream model = Files.newInputStream(directory.resolve(MODEL_FILE));
         InputStream metadata = Files.newInputStream(directory.resolve(METADATA_FILE))) {
      return read(model, metadata);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads only the metadata JSON from the classpath (cheap; used by the staleness check). */
  public static ModelMetadata metadataFromClasspath() {
    try (InputStream in = ModelArtifact.class.getClassLoader()
        .getResourceAsStream(CLASSPATH_DIRECTORY + METADATA_FILE)) {
      if (in == null) {
        throw new IllegalStateException("no model metadata on the classpath under " + CLASSPATH_DIRECTORY);
      }
      return JSON.readValue(in, ModelMetadata.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ModelArtifact read(InputStream model, InputStream metadata) throws IOException {
    return new ModelArtifact(
        SdgCategoriser.read(new BufferedInputStream(model, 1 << 16)),
        JSON.readValue(metadata, ModelMetadata.class));
  }

  /** Writes {@value #MODEL_FILE} and {@value #METADATA_FILE} into {@code directory} (created if needed). */
  public void writeTo(Path directory) {
    try {
      Files.createDirectories(directory);
      try (OutputStream out = Files.newOutputStream(directory.resolve(MODEL_FILE))) {
        categoriser.write(out);
      }
      JSON.writeValue(directory.resolve(METADATA_FILE).toFile(), metadata);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
