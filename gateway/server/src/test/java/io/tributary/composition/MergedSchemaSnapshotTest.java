package io.tributary.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.bootstrap.GraphBuilder;
import io.tributary.composition.source.SourceApiLoader;
import io.tributary.config.GatewayConfig;
import io.tributary.testsupport.TestGateway;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The merged schema of the built-in source APIs is a reviewed file, docs/merged-schema.graphql:
 * any change to what clients see shows up in review as a diff of that file. Regenerate it with
 * {@code tributary compose --out docs/merged-schema.graphql} (see the README) after checking the
 * change is intended.
 */
class MergedSchemaSnapshotTest {

  @Test
  void theBuiltInSourceApisMergeIntoTheReviewedSnapshot() throws IOException {
    Path root = TestGateway.repoRoot();
    var apis = SourceApiLoader.load(root.resolve("source-apis"), List.of(), Map.of());
    CompositionResult result = GraphBuilder.compose(apis, GatewayConfig.defaults().auth());
    assertTrue(result.succeeded(), () -> String.join("\n", result.problems().stream().map(Object::toString).toList()));
    String expected = Files.readString(root.resolve("docs/merged-schema.graphql"));
    assertEquals(expected, result.orElseThrow().sdl(),
        "the merged schema changed: review it and regenerate docs/merged-schema.graphql");
  }
}
