package org.sikiza.gateway.demo;

import java.util.HashMap;
import java.util.Map;

/**
 * The environment for {@code demo}: the real environment, with fixed demo values for the settings it lacks,
 * so the demo runs on a fresh machine against the local PostgreSQL without touching a production database.
 */
public final class DemoSettings {

  public static final String DEMO_AUTH_TOKEN = "demo-twilio-auth-token";
  public static final String DEMO_ACCOUNT_SID = "AC00000000000000000000000000000000";

  private DemoSettings() {
  }

  public static Map<String, String> environment(Map<String, String> real) {
    Map<String, String> env = new HashMap<>(real);
    env.putIfAbsent("SIKIZA_DATABASE_URL", "postgresql://postgres@localhost:5432/sikiza_demo");
    env.putIfAbsent("TWILIO_AUTH_TOKEN", DEMO_AUTH_TOKEN);
    env.putIfAbsent("TWILIO_ACCOUNT_SID", DEMO_ACCOUNT_SID);
    env.putIfAbsent("SIKIZA_SECRET", "demo-pseudonymisation-secret");
    env.putIfAbsent("SIKIZA_ADMIN_TOKEN", "demo-admin-token");
    env.putIfAbsent("SIKIZA_SPOOL_DIR", "data/demo-spool");
    // Classification starts once the demo has spread its messages over the weeks they describe.
    env.put("SIKIZA_CLASSIFIER_WORKERS", "0");
    return env;
  }
}
