package io.tributary.resolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AppSync's {@code ctx} for one resolver execution (a unit resolver, or a whole pipeline with its
 * functions). It is mutable on purpose: AppSync's ctx is, and the pipeline steps hand the stash and
 * {@code prev.result} along through it. It is confined to the event loop running the field.
 */
public final class ResolverContext {
  private final Map<String, Object> arguments;
  private final Object source;
  private final Map<String, Object> identity;
  private final FieldInfo info;
  private final Map<String, Object> requestHeaders;
  private final OperationKind operation;
  private Map<String, Object> stash = new LinkedHashMap<>();
  private Object prevResult;
  private Object result;
  private Map<String, Object> error;
  private final List<ResolverError> appendedErrors = new ArrayList<>();
  private ResolverExtensions extensions = ResolverExtensions.NONE;

  public ResolverContext(
      Map<String, Object> arguments,
      Object source,
      Map<String, Object> identity,
      FieldInfo info,
      Map<String, Object> requestHeaders,
      OperationKind operation) {
    this.arguments = arguments;
    this.source = source;
    this.identity = identity;
    this.info = info;
    this.requestHeaders = requestHeaders;
    this.operation = operation;
  }

  public Map<String, Object> arguments() {
    return arguments;
  }

  public Object source() {
    return source;
  }

  public Map<String, Object> identity() {
    return identity;
  }

  public FieldInfo info() {
    return info;
  }

  public OperationKind operation() {
    return operation;
  }

  public Map<String, Object> stash() {
    return stash;
  }

  public Object prevResult() {
    return prevResult;
  }

  public void prevResult(Object value) {
    this.prevResult = value;
  }

  public Object result() {
    return result;
  }

  /** Sets {@code ctx.result} and clears {@code ctx.error}: a data source call succeeded. */
  public void succeeded(Object value) {
    this.result = value;
    this.error = null;
  }

  /** Sets {@code ctx.error = {message, type}} and a null result: a data source call failed. */
  public void failed(String message, String type) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("message", message);
    e.put("type", type);
    this.result = null;
    this.error = e;
  }

  public Map<String, Object> error() {
    return error;
  }

  public List<ResolverError> appendedErrors() {
    return appendedErrors;
  }

  public ResolverExtensions extensions() {
    return extensions;
  }

  /** Folds a handler's side effects (stash, appended errors, extensions) into this context. */
  public void absorb(HandlerResult handler) {
    if (handler.stash() != null) {
      stash = new LinkedHashMap<>(handler.stash());
    }
    appendedErrors.addAll(handler.appendedErrors());
    extensions = extensions.plus(handler.extensions());
  }

  /**
   * The ctx as plain JSON values, the shape resolver code sees.
   *
   * @param withSelectionSet include {@code info.selectionSetList}/{@code selectionSetGraphQL}
   */
  public Map<String, Object> toMap(boolean withSelectionSet) {
    Map<String, Object> ctx = new HashMap<>();
    ctx.put("arguments", arguments);
    ctx.put("source", source);
    ctx.put("identity", identity);
    ctx.put("stash", stash);
    ctx.put("prev", singleton("result", prevResult));
    ctx.put("result", result);
    ctx.put("error", error);
    ctx.put("info", infoMap(withSelectionSet));
    Map<String, Object> request = new HashMap<>();
    request.put("headers", requestHeaders);
    request.put("domainName", null);
    ctx.put("request", request);
    return ctx;
  }

  private Map<String, Object> infoMap(boolean withSelectionSet) {
    Map<String, Object> m = new HashMap<>();
    m.put("fieldName", info.fieldName());
    m.put("parentTypeName", info.parentTypeName());
    m.put("variables", info.variables());
    if (withSelectionSet) {
      m.put("selectionSetList", info.selectionSetList().get());
      m.put("selectionSetGraphQL", info.selectionSetGraphQL().get());
    }
    return m;
  }

  private static Map<String, Object> singleton(String key, Object value) {
    Map<String, Object> m = new HashMap<>(2);
    m.put(key, value);
    return m;
  }
}
