package org.sikiza.gateway.cli;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.Callable;
import org.sikiza.classifier.SikizaClassifier;
import org.sikiza.gateway.classify.BatchClassifier;
import org.sikiza.gateway.classify.Reclassifier;
import org.sikiza.gateway.classify.RollupAudit;
import org.sikiza.gateway.config.ConfigLoader;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.store.DatabaseBootstrap;
import org.sikiza.gateway.store.DatabaseConnections;
import picocli.CommandLine.Command;

/**
 * {@code sikiza.jar reclassify}: re-runs the current model over every classified message of
 * {@code SIKIZA_DATABASE_URL}, keeping the rollups exact, then audits them against a full recount.
 */
@Command(name = "reclassify", description = "Re-run the current model over stored messages; rollups stay exact.")
public final class ReclassifyCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    SikizaConfig config = new ConfigLoader(System.getenv()).load();
    Vertx vertx = Vertx.vertx();
    try {
      Pool pool = DatabaseBootstrap.openMigrated(vertx, config.databaseUrl(), 4).await();
      SikizaClassifier classifier = SikizaClassifier.loadDefault();
      System.out.printf("Reclassifying the messages of %s with model %s ...%n",
          DatabaseConnections.describe(config.databaseUrl()), classifier.modelVersion());
      Reclassifier.Summary summary = new Reclassifier(vertx, pool,
          new BatchClassifier(classifier, config::lineCounty, config.timeZone()), config.timeZone()).run().await();
      long differences = RollupAudit.differences(pool, config.timeZone()).await();
      System.out.printf("Reclassified %,d messages: themes changed for %,d, county changed for %,d.%n",
          summary.messages(), summary.themesChanged(), summary.countiesChanged());
      System.out.println(differences == 0 ? "Rollups audited against a full recount: exact."
          : "Rollups audited against a full recount: " + differences + " cells differ!");
      return differences == 0 ? 0 : 1;
    } catch (Exception e) {
      System.err.println("sikiza reclassify: " + e.getMessage());
      return 1;
    } finally {
      vertx.close().await();
    }
  }
}
