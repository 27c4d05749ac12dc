package org.sikiza.gateway.testing;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the gateway and PostgreSQL that a test can cut (every connection closed, new ones
 * refused) and restore: how a database that becomes unreachable under a running gateway looks to it.
 */
public final class CuttableTcpProxy implements AutoCloseable {

  private final Vertx vertx = Vertx.vertx();
  private final NetClient client = vertx.createNetClient();
  private final Set<NetSocket> sockets = ConcurrentHashMap.newKeySet();
  private final NetServer server;
  private volatile boolean cut;

  public CuttableTcpProxy(String targetHost, int targetPort) {
    server = vertx.createNetServer().connectHandler(inbound -> {
      if (cut) {
        inbound.close();
        return;
      }
      inbound.pause();
      client.connect(targetPort, targetHost).onComplete(connected -> {
        if (connected.failed()) {
          inbound.close();
          return;
        }
        NetSocket outbound = connected.result();
        sockets.add(inbound);
        sockets.add(outbound);
        inbound.handler(outbound::write);
        outbound.handler(inbound::write);
        inbound.closeHandler(v -> outbound.close());
        outbound.closeHandler(v -> inbound.close());
        inbound.resume();
      });
    });
    server.listen(0, "127.0.0.1").await();
  }

  public int port() {
    return server.actualPort();
  }

  /** Closes every proxied connection and refuses new ones. */
  public void cut() {
    cut = true;
    sockets.forEach(NetSocket::close);
    sockets.clear();
  }

  public void restore() {
    cut = false;
  }

  @Override
  public void close() {
    vertx.close().await();
  }
}
