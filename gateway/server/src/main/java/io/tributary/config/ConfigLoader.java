package io.tributary.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Finds and loads the gateway configuration. */
public final class ConfigLoader {
  /** Used when neither {@code --config} nor {@value #CONFIG_ENV} names a file. */
  public static final Path DEFAULT_PATH = Path.of("config", "gateway.yaml");
  /** Environment variable naming the configuration file. */
  public static final String CONFIG_ENV = "TRIBUTARY_CONFIG";
  private static final String FLAG = "--config";

  private ConfigLoader() {}

  /**
   * Reads and binds {@code file}.
   *
   * @param env the environment for {@code ${env.X}} references, usually {@code System.getenv()}
   * @throws ConfigException listing every problem (file:line: path: message), also when the
   *     file cannot be read
   */
  public static GatewayConfig load(Path file, Map<String, String> env) {
    return new ConfigBinder(env).bindFile(file, GatewayConfig.class).value();
  }

  /**
   * The configuration file to load: {@code --config <path>} (or {@code --config=<path>}), else
   * the {@value #CONFIG_ENV} variable, else {@code config/gateway.yaml}.
   *
   * @throws ConfigException when {@code --config} has no value
   */
  public static Path resolveConfigPath(String[] args, Map<String, String> env) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith(FLAG + "=")) {
        return nonEmpty(args[i].substring(FLAG.length() + 1));
      }
      if (args[i].equals(FLAG)) {
        return nonEmpty(i + 1 < args.length ? args[i + 1] : "");
      }
    }
    String fromEnv = env.get(CONFIG_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    return DEFAULT_PATH;
  }

  private static Path nonEmpty(String value) {
    if (value.isBlank() || value.startsWith("--")) {
      throw new ConfigException("command line",
          List.of(ConfigProblem.at(FLAG, "needs a file path, e.g. --config config/gateway.yaml")));
    }
    return Path.of(value);
  }
}
