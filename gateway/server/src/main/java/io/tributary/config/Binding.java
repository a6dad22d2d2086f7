package io.tributary.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of the binder over one document: walks the YAML tree and the record types side by side,
 * keeps going after every problem so all of them are reported together, and records the line of
 * every path it bound.
 */
final class Binding {
  private final EnvExpander env;
  private final List<ConfigProblem> problems = new ArrayList<>();
  private final Map<String, Integer> lines = new LinkedHashMap<>();
  /** Only binding problems make values unreliable; a child's failed validation does not. */
  private int bindingProblems;

  Binding(EnvExpander env) {
    this.env = env;
  }

  List<ConfigProblem> problems() {
    return problems;
  }

  Map<String, Integer> lines() {
    return lines;
  }

  void problem(String path, int line, String message) {
    problems.add(new ConfigProblem(path, line, message));
    bindingProblems++;
  }

  Object bindRoot(Class<?> type, YamlNode root) {
    YamlNode document = root instanceof YamlNode.Null ? YamlNode.Mapping.empty(root.line()) : root;
    if (!(document instanceof YamlNode.Mapping mapping)) {
      problem("", document.line(), "expected a mapping at the top of the document, got " + document.describe());
      return null;
    }
    return bindRecord(type, mapping, null, "");
  }

  /** Binds a mapping onto a record, starting from {@code base} or else the type's defaults(). */
  private Object bindRecord(Class<?> type, YamlNode.Mapping node, Object base, String path) {
    RecordShape shape = RecordShape.of(type);
    Object start = base != null ? base : shape.defaults();
    int problemsBefore = bindingProblems;
    reportUnknownKeys(shape, node, path);
    List<RecordShape.Component> components = shape.components();
    Object[] arguments = new Object[components.size()];
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = bindComponent(components.get(i), node, start, path);
    }
    Object value = construct(shape, arguments, start, path, node.line());
    if (bindingProblems == problemsBefore && value instanceof ConfigValidation validation) {
      validation.validate(path).forEach(p -> problems.add(placed(p)));
    }
    return value;
  }

  private void reportUnknownKeys(RecordShape shape, YamlNode.Mapping node, String path) {
    for (YamlNode.Entry entry : node.entries().values()) {
      if (shape.bindableNames().contains(entry.key())) {
        continue;
      }
      String message = NameSuggester.nearest(entry.key(), shape.bindableNames())
          .map(near -> "unknown key '" + entry.key() + "'; did you mean '" + near + "'?")
          .orElse("unknown key '" + entry.key() + "' (allowed: " + String.join(", ", shape.bindableNames()) + ")");
      problem(ConfigPaths.key(path, entry.key()), entry.keyLine(), message);
    }
  }

  private Object bindComponent(RecordShape.Component component, YamlNode.Mapping node, Object start, String path) {
    String childPath = ConfigPaths.child(path, component.name());
    Object fallback = component.defaultFrom(start);
    if (component.derived()) {
      return fallback;
    }
    YamlNode.Entry entry = node.entries().get(component.name());
    if (entry == null) {
      return absent(component, fallback, childPath, node.line());
    }
    lines.put(childPath, entry.keyLine());
    if (entry.value() instanceof YamlNode.Null) {
      return absent(component, fallback, childPath, entry.keyLine());
    }
    Object value = bindValue(component.genericType(), entry.value(), fallback, childPath);
    return value == null ? fallback : value;
  }

  /**
   * A component YAML leaves out (or sets to null) keeps its default. String defaults are expanded
   * like YAML text, so a default may read the environment; default records are bound from an
   * empty mapping so their own defaults are expanded and validated the same way.
   */
  private Object absent(RecordShape.Component component, Object fallback, String path, int line) {
    if (component.required()) {
      problem(path, line, "missing required key '" + component.name() + "'");
      return fallback;
    }
    if (fallback instanceof String text) {
      return expand(text, path, line, text);
    }
    if (fallback instanceof Record) {
      return bindRecord(fallback.getClass(), YamlNode.Mapping.empty(line), fallback, path);
    }
    return fallback;
  }

  private Object construct(RecordShape shape, Object[] arguments, Object start, String path, int line) {
    try {
      return shape.construct(arguments);
    } catch (InvocationTargetException e) {
      if (!(e.getCause() instanceof IllegalArgumentException rejected)) {
        throw new IllegalStateException("constructing the record at '" + path + "' failed", e.getCause());
      }
      problem(path, line, rejected.getMessage());
      return start;
    }
  }

  /** Binds any supported type; on a problem returns {@code fallback} so binding can go on. */
  private Object bindValue(Type type, YamlNode node, Object fallback, String path) {
    Class<?> raw = RecordShape.rawClass(type);
    if (raw == List.class) {
      return bindList(RecordShape.typeArgument(type, 0), node, fallback, path);
    }
    if (raw == Set.class) {
      return bindSet(RecordShape.typeArgument(type, 0), node, fallback, path);
    }
    if (raw == Map.class) {
      return bindMap(type, node, fallback, path);
    }
    if (raw.isRecord()) {
      return bindNestedRecord(raw, node, fallback, path);
    }
    return bindScalar(raw, node, fallback, path);
  }

  private Object bindNestedRecord(Class<?> type, YamlNode node, Object base, String path) {
    YamlNode present = node instanceof YamlNode.Null ? YamlNode.Mapping.empty(node.line()) : node;
    if (!(present instanceof YamlNode.Mapping mapping)) {
      problem(path, node.line(), "expected a mapping, got " + node.describe());
      return base;
    }
    return bindRecord(type, mapping, base, path);
  }

  private Object bindList(Type elementType, YamlNode node, Object fallback, String path) {
    if (!(node instanceof YamlNode.Sequence sequence)) {
      problem(path, node.line(), "expected a list, got " + node.describe());
      return fallback;
    }
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < sequence.items().size(); i++) {
      Object value = bindElement(elementType, sequence.items().get(i), ConfigPaths.index(path, i));
      if (value != null) {
        values.add(value);
      }
    }
    return Collections.unmodifiableList(values);
  }

  private Object bindSet(Type elementType, YamlNode node, Object fallback, String path) {
    Object list = bindList(elementType, node, null, path);
    if (list == null) {
      return fallback;
    }
    Set<Object> values = new LinkedHashSet<>();
    List<?> items = (List<?>) list;
    for (int i = 0; i < items.size(); i++) {
      if (!values.add(items.get(i))) {
        problem(ConfigPaths.index(path, i), lineOf(ConfigPaths.index(path, i), node.line()),
            "duplicate entry '" + items.get(i) + "'");
      }
    }
    return Collections.unmodifiableSet(values);
  }

  private Object bindMap(Type mapType, YamlNode node, Object fallback, String path) {
    if (RecordShape.typeArgument(mapType, 0) != String.class) {
      throw new IllegalStateException("configuration maps need String keys: " + mapType.getTypeName());
    }
    if (!(node instanceof YamlNode.Mapping mapping)) {
      problem(path, node.line(), "expected a mapping, got " + node.describe());
      return fallback;
    }
    Type valueType = RecordShape.typeArgument(mapType, 1);
    Map<String, Object> values = new LinkedHashMap<>();
    for (YamlNode.Entry entry : mapping.entries().values()) {
      String entryPath = ConfigPaths.key(path, entry.key());
      lines.put(entryPath, entry.keyLine());
      Object value = bindElement(valueType, entry.value(), entryPath);
      if (value != null) {
        values.put(entry.key(), value);
      }
    }
    return Collections.unmodifiableMap(values);
  }

  /** List elements and map values: nulls are only meaningful for records (all defaults). */
  private Object bindElement(Type type, YamlNode node, String path) {
    lines.putIfAbsent(path, node.line());
    boolean record = RecordShape.rawClass(type).isRecord();
    if (node instanceof YamlNode.Null && !record) {
      problem(path, node.line(), "expected " + expected(type) + ", got null");
      return null;
    }
    return bindValue(type, node, null, path);
  }

  private Object bindScalar(Class<?> type, YamlNode node, Object fallback, String path) {
    if (!ScalarConverter.supports(type)) {
      throw new IllegalStateException("unsupported configuration type " + type.getName() + " at " + path);
    }
    if (!(node instanceof YamlNode.Scalar scalar)) {
      problem(path, node.line(), "expected " + ScalarConverter.expected(type) + ", got " + node.describe());
      return fallback;
    }
    String text = expand(scalar.text(), path, scalar.line(), null);
    if (text == null) {
      return fallback;
    }
    try {
      return ScalarConverter.convert(text, type);
    } catch (IllegalArgumentException e) {
      problem(path, scalar.line(), e.getMessage());
      return fallback;
    }
  }

  /** Expands env references; reports each failure and returns {@code onError}. */
  private String expand(String text, String path, int line, String onError) {
    if (text.indexOf('$') < 0) {
      return text;
    }
    EnvExpander.Result result = env.expand(text);
    result.errors().forEach(error -> problem(path, line, error));
    return result.ok() ? result.value() : onError;
  }

  private static String expected(Type type) {
    Class<?> raw = RecordShape.rawClass(type);
    if (raw == List.class || raw == Set.class) {
      return "a list";
    }
    return raw == Map.class ? "a mapping" : ScalarConverter.expected(raw);
  }

  /** Gives a validation problem without a line the line of its nearest bound ancestor. */
  ConfigProblem placed(ConfigProblem problem) {
    return problem.line() > 0 ? problem : problem.withLine(lineOf(problem.path(), 0));
  }

  int lineOf(String path, int otherwise) {
    String current = path;
    while (true) {
      Integer line = lines.get(current);
      if (line != null) {
        return line;
      }
      if (current.isEmpty()) {
        return otherwise;
      }
      current = ConfigPaths.parent(current);
    }
  }
}
