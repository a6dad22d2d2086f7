package io.tributary.realtime.fanout;

import graphql.GraphQLContext;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.parser.Parser;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import io.tributary.http.JsonCodec;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders one event for every subscriber that sent the same subscription document: the mutation
 * result seen through the subscription's selection set (aliases, fragments, {@code __typename},
 * {@code @skip}/{@code @include}), serialized once and shared. This replaces running graphql-java
 * once per subscriber per event, which would cost far more than the fan-out budget allows.
 *
 * <p>As in AppSync nothing is re-resolved: a field the mutation did not select is null, and a
 * missing non-null field is an error that nulls its parent.
 */
public final class Projection {
  private final GraphQLSchema schema;
  private final Field root;
  private final GraphQLFieldDefinition rootDefinition;
  private final Map<String, FragmentDefinition> fragments;
  private final boolean usesVariables;

  private Projection(GraphQLSchema schema, Field root, GraphQLFieldDefinition rootDefinition,
      Map<String, FragmentDefinition> fragments, boolean usesVariables) {
    this.schema = schema;
    this.root = root;
    this.rootDefinition = rootDefinition;
    this.fragments = fragments;
    this.usesVariables = usesVariables;
  }

  /** Compiles a validated subscription document; the operation must have one root field. */
  public static Projection compile(GraphQLSchema schema, String query, String operationName) {
    Document document = Parser.parse(query);
    OperationDefinition operation = null;
    Map<String, FragmentDefinition> fragments = new HashMap<>();
    for (var definition : document.getDefinitions()) {
      if (definition instanceof FragmentDefinition fragment) {
        fragments.put(fragment.getName(), fragment);
      } else if (definition instanceof OperationDefinition op
          && (operationName == null || operationName.equals(op.getName()))) {
        operation = op;
      }
    }
    if (operation == null) {
      throw new IllegalArgumentException("no subscription operation in the document");
    }
    Field root = rootField(operation.getSelectionSet().getSelections());
    GraphQLFieldDefinition definition = schema.getSubscriptionType().getFieldDefinition(root.getName());
    return new Projection(schema, root, definition, Map.copyOf(fragments), query.contains("@skip") || query.contains("@include"));
  }

  private static Field rootField(List<Selection> selections) {
    for (Selection<?> selection : selections) {
      if (selection instanceof Field field && !field.getName().startsWith("__")) {
        return field;
      }
    }
    throw new IllegalArgumentException("a subscription needs one root field");
  }

  /** Whether rendering depends on the subscriber's variables ({@code @skip}/{@code @include}). */
  public boolean usesVariables() {
    return usesVariables;
  }

  /** The {@code {"data": {...}, "errors": [...]}} payload for one event. */
  public Buffer render(Object payload, Map<String, Object> variables) {
    List<Map<String, Object>> errors = new ArrayList<>();
    ProjectionWalker walker = new ProjectionWalker(schema, fragments, variables, errors);
    List<Object> path = new ArrayList<>();
    path.add(root.getResultKey());
    Object value = walker.value(payload, rootDefinition.getType(), root, path);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(root.getResultKey(), value);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", data);
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    return Buffer.buffer(JsonCodec.write(body));
  }

  static GraphQLContext context() {
    return GraphQLContext.getDefault();
  }

  static Locale locale() {
    return Locale.ENGLISH;
  }
}
