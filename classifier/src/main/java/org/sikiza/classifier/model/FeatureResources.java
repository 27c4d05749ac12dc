package org.sikiza.classifier.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.sikiza.classifier.features.CueLexicon;
import org.sikiza.classifier.text.AbbreviationTable;

/**
 * The data files that shape the model's features besides the corpus: the shorthand table and the
 * theme lexicon. Editing either changes what a committed model sees, so their hash is kept in the
 * model metadata and checked like the corpus hash.
 */
public final class FeatureResources {

  static final List<String> RESOURCES = List.of(AbbreviationTable.DEFAULT_RESOURCE, CueLexicon.THEMES, CueLexicon.CONCEPTS);

  private FeatureResources() {
  }

  /** SHA-256 over the resources' bytes, in a fixed order. */
  public static String fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String resource : RESOURCES) {
        try (InputStream in = FeatureResources.class.getClassLoader().getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
          }
          digest.update(resource.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          digest.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
