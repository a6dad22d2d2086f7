package io.tributary.realtime.fanout;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which subscription fields each mutation feeds, read from {@code @aws_subscribe(mutations: …)}
 * on the merged schema's subscription fields.
 */
public final class SubscribeTargets {
  private final Map<String, List<String>> byMutation;

  private SubscribeTargets(Map<String, List<String>> byMutation) {
    this.byMutation = byMutation;
  }

  public static SubscribeTargets of(GraphQLSchema schema) {
    Map<String, List<String>> byMutation = new HashMap<>();
    GraphQLObjectType subscription = schema.getSubscriptionType();
    if (subscription == null) {
      return new SubscribeTargets(Map.of());
    }
    for (GraphQLFieldDefinition field : subscription.getFieldDefinitions()) {
      GraphQLAppliedDirective directive = field.getAppliedDirective("aws_subscribe");
      if (directive == null || directive.getArgument("mutations") == null) {
        continue;
      }
      Object mutations = directive.getArgument("mutations").getValue();
      if (mutations instanceof List<?> names) {
        for (Object name : names) {
          byMutation.computeIfAbsent(String.valueOf(name), k -> new ArrayList<>()).add(field.getName());
        }
      }
    }
    byMutation.replaceAll((k, v) -> List.copyOf(v));
    return new SubscribeTargets(Map.copyOf(byMutation));
  }

  /** The subscription fields a successful {@code mutationField} publishes to. */
  public List<String> forMutation(String mutationField) {
    return byMutation.getOrDefault(mutationField, List.of());
  }
}
