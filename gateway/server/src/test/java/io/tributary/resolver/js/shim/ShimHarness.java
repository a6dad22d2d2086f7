package io.tributary.resolver.js.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.FileSystem;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Test-only loader: copies the shim modules out of the classpath into a directory, exposes that directory
 * read-only to a plain GraalJS context and evaluates an entry module that imports them by relative path,
 * exactly as the resolver runtime resolves './util-dynamodb.mjs' and friends.
 */
final class ShimHarness implements AutoCloseable {
  private static final String RESOURCE_DIR = "/io/tributary/resolver/js/";
  private static final List<String> MODULES = List.of("util-dynamodb.mjs", "util-transform.mjs", "dynamodb.mjs");
  private static final String ENTRY = """
      import * as ddb from './dynamodb.mjs';
      import { dynamodb } from './util-dynamodb.mjs';
      import { transform } from './util-transform.mjs';
      export function run(fn) { return JSON.stringify(fn(ddb, dynamodb, transform)); }
      """;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Context context;
  private final Value run;

  ShimHarness(Path directory) {
    copyModules(directory);
    FileSystem readOnly = FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem());
    context = Context.newBuilder("js")
        .allowIO(IOAccess.newBuilder().fileSystem(readOnly).build())
        .option("engine.WarnInterpreterOnly", "false")
        .option("js.esm-eval-returns-exports", "true")
        .build();
    run = context.eval(moduleSource(directory.resolve("entry.mjs"))).getMember("run");
  }

  /** Evaluates a JS expression over (ddb, dynamodb, transform) and returns its JSON text. */
  String json(String expression) {
    Value function = context.eval("js", "(ddb, dynamodb, transform) => (" + expression + ")");
    return run.execute(function).asString();
  }

  /** Asserts that the expression's JSON equals the expected JSON document (structurally, key order ignored). */
  void assertProduces(String expectedJson, String expression) {
    assertEquals(tree(expectedJson), tree(json(expression)), expression);
  }

  /** Returns the message of the error the expression throws, or fails if it does not throw. */
  String errorOf(String expression) {
    try {
      json(expression);
    } catch (PolyglotException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected an error from " + expression);
  }

  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Source moduleSource(Path file) {
    try {
      return Source.newBuilder("js", file.toFile()).mimeType("application/javascript+module").build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyModules(Path directory) {
    try {
      for (String module : MODULES) {
        try (InputStream in = ShimHarness.class.getResourceAsStream(RESOURCE_DIR + module)) {
          if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE_DIR + module);
          }
          Files.copy(in, directory.resolve(module));
        }
      }
      Files.writeString(directory.resolve("entry.mjs"), ENTRY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    context.close();
  }
}
