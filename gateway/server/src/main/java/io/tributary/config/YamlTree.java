package io.tributary.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML text into {@link YamlNode}s by walking Jackson's YAML parser token by token, which is
 * how each node keeps its line. Duplicate keys are problems, not silent overwrites.
 */
final class YamlTree {
  /** An empty plain value ({@code key:}) is null, as YAML says; {@code key: ""} stays a string. */
  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
      .build();

  /** The tree (a {@link YamlNode.Null} for an empty document) and the problems met while reading. */
  record Parsed(YamlNode root, List<ConfigProblem> problems) {}

  private final List<ConfigProblem> problems = new ArrayList<>();
  private final JsonParser parser;
  private final String text;

  private YamlTree(JsonParser parser, String text) {
    this.parser = parser;
    this.text = text;
  }

  static Parsed parse(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      YamlTree tree = new YamlTree(parser, text);
      JsonToken first = parser.nextToken();
      YamlNode root = first == null ? new YamlNode.Null(1) : tree.read(first, "");
      return new Parsed(root, List.copyOf(tree.problems));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String message = "invalid YAML: " + firstLine(e.getOriginalMessage());
      return new Parsed(new YamlNode.Null(1), List.of(new ConfigProblem("", Math.max(line, 0), message)));
    } catch (IOException e) {
      throw new IllegalStateException("reading YAML from memory failed", e);
    }
  }

  private YamlNode read(JsonToken token, String path) throws IOException {
    int line = parser.currentTokenLocation().getLineNr();
    if (token == null) {
      return new YamlNode.Null(line);
    }
    switch (token) {
      case START_OBJECT:
        return readMapping(line, path);
      case START_ARRAY:
        return readSequence(line, path);
      case VALUE_NULL:
        return new YamlNode.Null(line);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarKind.BOOLEAN, line);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarKind.NUMBER, line);
      default:
        return stringScalar(line, path);
    }
  }

  /** Jackson hands an alias over as its anchor's name; binding that would be silently wrong. */
  private YamlNode stringScalar(int line, String path) throws IOException {
    long offset = parser.currentTokenLocation().getCharOffset();
    if (offset >= 0 && offset < text.length() && text.charAt((int) offset) == '*') {
      problems.add(new ConfigProblem(path, line, "YAML aliases (*name) are not supported; repeat the value"));
      return new YamlNode.Null(line);
    }
    return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarKind.STRING, line);
  }

  private YamlNode readMapping(int line, String path) throws IOException {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = parser.currentTokenLocation().getLineNr();
      String childPath = ConfigPaths.key(path, key);
      YamlNode value = read(parser.nextToken(), childPath);
      YamlNode.Entry previous = entries.putIfAbsent(key, new YamlNode.Entry(key, keyLine, value));
      if (previous != null) {
        problems.add(new ConfigProblem(childPath, keyLine,
            "duplicate key '" + key + "' (first given at line " + previous.keyLine() + ")"));
      }
    }
    return new YamlNode.Mapping(entries, line);
  }

  private YamlNode readSequence(int line, String path) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
      items.add(read(token, ConfigPaths.index(path, items.size())));
    }
    return new YamlNode.Sequence(List.copyOf(items), line);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable document";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }
}
