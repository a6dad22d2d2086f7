package io.tributary.bootstrap;

import io.tributary.config.ServerConfig;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;

/** The HTTP server's options from configuration: address, compression and TLS. */
final class ServerOptions {
  static final int MAX_HEADER_BYTES = 256 * 1024;

  private ServerOptions() {}

  static HttpServerOptions of(ServerConfig server, int port) {
    HttpServerOptions options = new HttpServerOptions()
        .setHost(server.host())
        .setPort(port)
        .setCompressionSupported(true)
        .setMaxFormAttributeSize((int) Math.min(Integer.MAX_VALUE, server.maxRequestBytes()))
        // Oversized credentials (a 100 KB JWT header) must reach the authenticate stage and get
        // AppSync's 401 body, not a bare 431 or an HTTP/2 GOAWAY; the authenticators cap token
        // sizes themselves before parsing.
        .setMaxHeaderSize(MAX_HEADER_BYTES);
    options.getInitialSettings().setMaxHeaderListSize(MAX_HEADER_BYTES);
    if (!server.tls().enabled()) {
      return options;
    }
    // wss:// clients such as Amplify (which always rewrites the endpoint to wss://) connect
    // directly, with no TLS-terminating proxy in front.
    return options
        .setSsl(true)
        .setKeyCertOptions(new PemKeyCertOptions()
            .setCertPath(server.tls().certificatePath().toString())
            .setKeyPath(server.tls().keyPath().toString()));
  }
}
