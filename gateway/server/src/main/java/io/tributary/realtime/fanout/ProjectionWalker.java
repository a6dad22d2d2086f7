package io.tributary.realtime.fanout;

import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.VariableReference;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One rendering pass of a {@link Projection}; collects the errors it finds. */
final class ProjectionWalker {
  /** Marks a non-null violation that must null the nearest nullable parent. */
  private static final Object BUBBLE = new Object();

  private final GraphQLSchema schema;
  private final Map<String, FragmentDefinition> fragments;
  private final Map<String, Object> variables;
  private final List<Map<String, Object>> errors;

  ProjectionWalker(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
      List<Map<String, Object>> errors) {
    this.schema = schema;
    this.fragments = fragments;
    this.variables = variables == null ? Map.of() : variables;
    this.errors = errors;
  }

  Object value(Object value, GraphQLOutputType type, Field field, List<Object> path) {
    Object result = complete(value, type, field, path);
    return result == BUBBLE ? null : result;
  }

  private Object complete(Object value, GraphQLType type, Field field, List<Object> path) {
    if (type instanceof GraphQLNonNull nonNull) {
      Object inner = complete(value, nonNull.getWrappedType(), field, path);
      if (inner == null || inner == BUBBLE) {
        if (inner == null) {
          nonNullError(nonNull, path);
        }
        return BUBBLE;
      }
      return inner;
    }
    if (value == null) {
      return null;
    }
    if (type instanceof GraphQLList list) {
      return completeList(value, list, field, path);
    }
    if (type instanceof GraphQLScalarType scalar) {
      return serialize(() -> scalar.getCoercing().serialize(value, Projection.context(), Projection.locale()), path);
    }
    if (type instanceof GraphQLEnumType enumType) {
      return serialize(() -> enumType.serialize(value), path);
    }
    return completeObject(value, type, field.getSelectionSet(), path);
  }

  private Object completeList(Object value, GraphQLList list, Field field, List<Object> path) {
    if (!(value instanceof List<?> items)) {
      return complete(value, list.getWrappedType(), field, path);
    }
    List<Object> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      List<Object> itemPath = extend(path, i);
      Object item = complete(items.get(i), list.getWrappedType(), field, itemPath);
      if (item == BUBBLE) {
        return BUBBLE;
      }
      out.add(item);
    }
    return out;
  }

  private Object completeObject(Object value, GraphQLType type, SelectionSet selection, List<Object> path) {
    if (!(value instanceof Map<?, ?> map)) {
      return null;
    }
    GraphQLObjectType concrete = concreteType(type, map);
    if (concrete == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    return collect(map, concrete, selection, path, out) ? out : BUBBLE;
  }

  /** @return false when a non-null violation must null this object */
  private boolean collect(Map<?, ?> source, GraphQLObjectType type, SelectionSet selection, List<Object> path,
      Map<String, Object> out) {
    for (Selection<?> selection1 : selection.getSelections()) {
      if (!included(selection1)) {
        continue;
      }
      boolean ok = true;
      if (selection1 instanceof Field field) {
        ok = collectField(source, type, field, path, out);
      } else if (selection1 instanceof InlineFragment inline && applies(inline.getTypeCondition(), type)) {
        ok = collect(source, type, inline.getSelectionSet(), path, out);
      } else if (selection1 instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
        FragmentDefinition fragment = fragments.get(spread.getName());
        ok = !applies(fragment.getTypeCondition(), type) || collect(source, type, fragment.getSelectionSet(), path, out);
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private boolean collectField(Map<?, ?> source, GraphQLObjectType type, Field field, List<Object> path,
      Map<String, Object> out) {
    String key = field.getResultKey();
    if ("__typename".equals(field.getName())) {
      out.put(key, type.getName());
      return true;
    }
    var definition = type.getFieldDefinition(field.getName());
    if (definition == null) {
      return true;
    }
    Object completed = complete(source.get(field.getName()), definition.getType(), field, extend(path, key));
    if (completed == BUBBLE) {
      return false;
    }
    out.putIfAbsent(key, completed);
    return true;
  }

  private GraphQLObjectType concreteType(GraphQLType type, Map<?, ?> value) {
    if (type instanceof GraphQLObjectType object) {
      return object;
    }
    if (value.get("__typename") instanceof String name && schema.getObjectType(name) != null) {
      return schema.getObjectType(name);
    }
    List<GraphQLObjectType> possible = type instanceof GraphQLInterfaceType i
        ? schema.getImplementations(i)
        : ((GraphQLUnionType) type).getTypes().stream().map(t -> (GraphQLObjectType) t).toList();
    return possible.size() == 1 ? possible.get(0) : null;
  }

  private boolean applies(TypeName condition, GraphQLObjectType type) {
    if (condition == null || condition.getName().equals(type.getName())) {
      return true;
    }
    GraphQLType named = schema.getType(condition.getName());
    if (named instanceof GraphQLInterfaceType i) {
      return type.getInterfaces().stream().anyMatch(t -> t.getName().equals(i.getName()));
    }
    return named instanceof GraphQLUnionType u && u.getTypes().stream().anyMatch(t -> t.getName().equals(type.getName()));
  }

  private boolean included(Selection<?> selection) {
    List<Directive> directives = List.of();
    if (selection instanceof Field f) {
      directives = f.getDirectives();
    } else if (selection instanceof InlineFragment i) {
      directives = i.getDirectives();
    } else if (selection instanceof FragmentSpread s) {
      directives = s.getDirectives();
    }
    for (Directive directive : directives) {
      if ("skip".equals(directive.getName()) && condition(directive)) {
        return false;
      }
      if ("include".equals(directive.getName()) && !condition(directive)) {
        return false;
      }
    }
    return true;
  }

  private boolean condition(Directive directive) {
    var argument = directive.getArgument("if");
    if (argument == null) {
      return false;
    }
    if (argument.getValue() instanceof BooleanValue b) {
      return b.isValue();
    }
    if (argument.getValue() instanceof VariableReference ref) {
      return Boolean.TRUE.equals(variables.get(ref.getName()));
    }
    return false;
  }

  private Object serialize(java.util.function.Supplier<Object> serializer, List<Object> path) {
    try {
      return serializer.get();
    } catch (RuntimeException e) {
      error("Can't serialize value (" + pathText(path) + ") : " + e.getMessage(), path);
      return null;
    }
  }

  private void nonNullError(GraphQLNonNull type, List<Object> path) {
    error("Cannot return null for non-nullable type: '" + GraphQLTypeUtil.simplePrint(type.getWrappedType())
        + "' (" + pathText(path) + ")", path);
  }

  private void error(String message, List<Object> path) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("path", List.copyOf(path));
    error.put("errorType", null);
    error.put("message", message);
    errors.add(error);
  }

  private static String pathText(List<Object> path) {
    StringBuilder text = new StringBuilder();
    path.forEach(p -> text.append('/').append(p));
    return text.toString();
  }

  private static List<Object> extend(List<Object> path, Object segment) {
    List<Object> next = new ArrayList<>(path.size() + 1);
    next.addAll(path);
    next.add(segment);
    return next;
  }
}
