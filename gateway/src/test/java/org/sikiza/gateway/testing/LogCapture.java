package org.sikiza.gateway.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures every log line the gateway writes while it is open, to check what they reveal. */
public final class LogCapture implements AutoCloseable {

  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  public LogCapture() {
    appender.start();
    root.addAppender(appender);
  }

  public List<String> lines() {
    return appender.list.stream().map(event -> event.getFormattedMessage()
        + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage())).toList();
  }

  @Override
  public void close() {
    root.detachAppender(appender);
  }
}
