package io.tributary.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed YAML document that remembers the line of every node, so problems can point at it. */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence, YamlNode.Null {

  /** 1-based line where the node starts. */
  int line();

  /** How the node reads in a "got ..." message. */
  String describe();

  /** What kind of YAML scalar the text came from; the binder converts from the text itself. */
  enum ScalarKind { STRING, NUMBER, BOOLEAN }

  record Scalar(String text, ScalarKind kind, int line) implements YamlNode {
    @Override
    public String describe() {
      String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
      return kind == ScalarKind.STRING ? "'" + shown + "'" : shown;
    }
  }

  /** One {@code key: value} pair, with the line of the key (where editors look for it). */
  record Entry(String key, int keyLine, YamlNode value) {}

  record Mapping(Map<String, Entry> entries, int line) implements YamlNode {
    static Mapping empty(int line) {
      return new Mapping(new LinkedHashMap<>(), line);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  record Sequence(List<YamlNode> items, int line) implements YamlNode {
    @Override
    public String describe() {
      return "a list";
    }
  }

  record Null(int line) implements YamlNode {
    @Override
    public String describe() {
      return "null";
    }
  }
}
