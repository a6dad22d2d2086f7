package io.tributary.execution;

import graphql.TypeResolutionEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves an interface or union value to its object type from the value's {@code __typename},
 * which is how AppSync resolvers say what they returned. With a single possible type, the name
 * may be omitted.
 */
final class TypenameTypeResolver implements TypeResolver {

  @Override
  public GraphQLObjectType getType(TypeResolutionEnvironment env) {
    GraphQLSchema schema = env.getSchema();
    Object value = env.getObject();
    if (value instanceof Map<?, ?> map && map.get("__typename") instanceof String name) {
      GraphQLObjectType type = schema.getObjectType(name);
      if (type != null) {
        return type;
      }
    }
    List<GraphQLObjectType> possible = possibleTypes(env);
    if (possible.size() == 1) {
      return possible.get(0);
    }
    return null;
  }

  private static List<GraphQLObjectType> possibleTypes(TypeResolutionEnvironment env) {
    GraphQLType type = GraphQLTypeUtil.unwrapAll(env.getFieldType());
    if (type instanceof GraphQLInterfaceType i) {
      return env.getSchema().getImplementations(i);
    }
    if (type instanceof GraphQLUnionType u) {
      List<GraphQLObjectType> members = new ArrayList<>();
      u.getTypes().forEach(t -> members.add((GraphQLObjectType) t));
      return members;
    }
    return List.of();
  }
}
