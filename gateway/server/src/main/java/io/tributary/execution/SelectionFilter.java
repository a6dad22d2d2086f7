package io.tributary.execution;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps only the selected fields of an error's {@code data}, as AppSync does for
 * {@code util.error(message, type, data)}: a client never sees fields it did not ask for.
 */
final class SelectionFilter {
  private SelectionFilter() {}

  static Object filter(Object data, DataFetchingFieldSelectionSet selection) {
    if (data == null || selection == null) {
      return data;
    }
    return filter(data, selection.getImmediateFields());
  }

  private static Object filter(Object data, List<SelectedField> fields) {
    if (fields.isEmpty()) {
      return data;
    }
    if (data instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(filter(item, fields));
      }
      return out;
    }
    if (!(data instanceof Map<?, ?> map)) {
      return data;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (SelectedField field : fields) {
      if (map.containsKey(field.getName())) {
        Object nested = map.get(field.getName());
        out.put(field.getName(), filter(nested, field.getSelectionSet().getImmediateFields()));
      }
    }
    return out;
  }
}
