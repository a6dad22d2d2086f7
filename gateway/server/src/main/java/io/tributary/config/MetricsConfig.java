package io.tributary.config;

import java.util.List;

/**
 * Prometheus metrics on a separate admin listener ({@code GET /metrics}).
 *
 * @param enabled serve metrics (off by default: counting costs a little CPU per request)
 * @param host the admin listener's address; keep it private
 * @param port the admin listener's port; 0 picks a free one
 */
public record MetricsConfig(boolean enabled, String host, int port) implements ConfigValidation {

  public static MetricsConfig defaults() {
    return new MetricsConfig(false, "127.0.0.1", 9464);
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path).notBlank("host", host).range("port", port, 0, 65535).problems();
  }
}
