package io.tributary.execution;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-keys a field's response data by field name instead of response key, following the
 * selection set that produced it (fragments included). Subscribers and filters refer to fields by
 * name; a mutation that aliased {@code id} as {@code taskId} must still publish {@code id}.
 */
final class ResponseDealiaser {
  private ResponseDealiaser() {}

  static Object dealias(Object value, SelectionSet selection, Map<String, FragmentDefinition> fragments) {
    if (value == null || selection == null) {
      return value;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(dealias(item, selection, fragments));
      }
      return out;
    }
    if (!(value instanceof Map<?, ?> map)) {
      return value;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    copy(map, selection, fragments, out);
    return out;
  }

  private static void copy(Map<?, ?> source, SelectionSet selection, Map<String, FragmentDefinition> fragments,
      Map<String, Object> out) {
    for (Selection<?> s : selection.getSelections()) {
      if (s instanceof Field field) {
        copyField(source, field, fragments, out);
      } else if (s instanceof InlineFragment inline) {
        copy(source, inline.getSelectionSet(), fragments, out);
      } else if (s instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
        copy(source, fragments.get(spread.getName()).getSelectionSet(), fragments, out);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void copyField(Map<?, ?> source, Field field, Map<String, FragmentDefinition> fragments,
      Map<String, Object> out) {
    if (!source.containsKey(field.getResultKey())) {
      return;
    }
    Object value = dealias(source.get(field.getResultKey()), field.getSelectionSet(), fragments);
    Object existing = out.get(field.getName());
    if (existing instanceof Map<?, ?> known && value instanceof Map<?, ?> more) {
      ((Map<String, Object>) known).putAll((Map<String, Object>) more);
      return;
    }
    if (existing == null) {
      out.put(field.getName(), value);
    }
  }
}
