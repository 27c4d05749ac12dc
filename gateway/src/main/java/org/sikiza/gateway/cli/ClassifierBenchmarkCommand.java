package org.sikiza.gateway.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sikiza.classifier.SikizaClassifier;
import org.sikiza.classifier.benchmark.ThroughputBenchmark;
import org.sikiza.classifier.corpus.Corpus;
import org.sikiza.classifier.corpus.LabelledText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sikiza.jar bench-classifier}: messages per second per core for SMS-length text (one
 * thread, then all cores, after a warm-up), start-up time and the model's heap footprint. Prints
 * figures only; targets are 20,000 messages/s per core and under 200 MB of model heap.
 */
@Command(name = "bench-classifier", mixinStandardHelpOptions = true,
    description = "Benchmark the classifier: messages/s per core, load time, model heap.")
public final class ClassifierBenchmarkCommand implements Callable<Integer> {

  @Option(names = "--seconds", description = "Length of each timed run (default: ${DEFAULT-VALUE}).", defaultValue = "10")
  double seconds;

  @Option(names = "--threads", description = "Threads for the all-cores run (default: available processors).")
  Integer threads;

  private static void print(String label, ThroughputBenchmark.Result result) {
    System.out.printf(Locale.ROOT, "%s: %,.0f messages/s wall-clock (%,.0f per thread); %,.0f messages per CPU-second%n",
        label, result.messagesPerSecond(), result.messagesPerSecondPerThread(), result.messagesPerCpuSecond());
  }

  @Override
  public Integer call() throws Exception {
    List<String> messages = Corpus.fromClasspath().examples().stream().map(LabelledText::text).toList();
    long heapBefore = ThroughputBenchmark.usedHeapAfterGc();
    long loadStart = System.nanoTime();
    SikizaClassifier classifier = SikizaClassifier.loadDefault();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    classifier.classify(messages.get(0));
    long heapAfter = ThroughputBenchmark.usedHeapAfterGc();
    double averageLength = messages.stream().mapToInt(String::length).average().orElse(0);
    int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;

    System.out.printf(Locale.ROOT, "model %s, %d distinct messages, average %.0f characters%n",
        classifier.modelVersion(), messages.size(), averageLength);
    System.out.printf(Locale.ROOT, "load time (model + taxonomy + gazetteer): %.2f s%n", loadSeconds);
    System.out.printf(Locale.ROOT, "heap held by the loaded classifier: %.1f MB%n", (heapAfter - heapBefore) / 1e6);
    ThroughputBenchmark.warmUp(messages, classifier::classify, Math.max(3, seconds / 2));
    ThroughputBenchmark.Result single = ThroughputBenchmark.measure(messages, classifier::classify, 1, seconds);
    print("1 thread", single);
    ThroughputBenchmark.Result all = ThroughputBenchmark.measure(messages, classifier::classify, cores, seconds);
    print(cores + " threads", all);
    long heapWarm = ThroughputBenchmark.usedHeapAfterGc();
    System.out.printf(Locale.ROOT, "heap after the runs (includes the OpenNLP language model if a message needed it): %.1f MB%n",
        (heapWarm - heapBefore) / 1e6);
    System.out.printf(Locale.ROOT, "load average while measuring: %.2f on %d processors (figures per CPU-second stay meaningful on a busy machine)%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    return 0;
  }
}
