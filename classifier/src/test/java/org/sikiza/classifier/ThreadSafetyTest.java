package org.sikiza.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sikiza.classifier.corpus.Corpus;
import org.sikiza.classifier.corpus.LabelledText;
import org.sikiza.classifier.corpus.Split;

/** One shared classifier, many threads: every thread must get exactly what one thread gets. */
class ThreadSafetyTest {

  @Test
  void concurrentClassificationMatchesSequential() throws Exception {
    SikizaClassifier classifier = SikizaClassifierTest.CLASSIFIER;
    List<String> texts = Corpus.fromClasspath().split(Split.DEV).stream().map(LabelledText::text).toList();
    List<Classification> expected = texts.stream().map(classifier::classify).toList();

    int threads = 6;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Classification>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * 37;
        results.add(pool.submit(() -> {
          // Each thread walks the texts from a different starting point so they interleave.
          Classification[] out = new Classification[texts.size()];
          for (int k = 0; k < texts.size(); k++) {
            int i = (k + offset) % texts.size();
            out[i] = classifier.classify(texts.get(i));
          }
          return List.of(out);
        }));
      }
      for (Future<List<Classification>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
