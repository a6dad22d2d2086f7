package io.tributary.config;

import java.nio.file.Path;
import java.util.List;

/**
 * TLS for the HTTP and WebSocket listener. Amplify JS always connects with {@code wss://} to a
 * non-AWS host, so browsers using it need this (or a TLS-terminating proxy in front).
 *
 * @param enabled serve HTTPS/WSS instead of plain HTTP/WS
 * @param certificatePath PEM certificate chain; required when enabled
 * @param keyPath PEM private key matching the certificate; required when enabled
 */
public record TlsConfig(boolean enabled, Path certificatePath, Path keyPath) implements ConfigValidation {

  public static TlsConfig defaults() {
    return new TlsConfig(false, null, null);
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .require(!enabled || certificatePath != null, "certificatePath", "required when tls.enabled is true")
        .require(!enabled || keyPath != null, "keyPath", "required when tls.enabled is true")
        .problems();
  }
}
