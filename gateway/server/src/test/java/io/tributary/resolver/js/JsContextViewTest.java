package io.tributary.resolver.js;

import static io.tributary.resolver.js.JsTestSupport.ctx;
import static io.tributary.resolver.js.JsTestSupport.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ctx a handler sees is a host view: it must behave like the plain JS object AppSync passes. */
class JsContextViewTest {

  private static JsRuntime runtime;

  @BeforeAll
  static void start() {
    runtime = new JsRuntime(new JsRuntimeOptions(5000, 2));
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  private static JsOutcome run(String body, Map<String, Object> ctx) throws JsCompileException {
    JsModule module = runtime.compile("view-test.js",
        "import { util } from '@aws-appsync/utils';\nexport function request(ctx) {\n" + body + "\n}");
    return runtime.invoke(module, "request", new JsInvocation(ctx, false));
  }

  private static Map<String, Object> post() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", "T");
    input.put("tags", new ArrayList<>(List.of("a", "b")));
    input.put("meta", new LinkedHashMap<>(Map.of("views", 3)));
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("id", "p1");
    args.put("input", input);
    return args;
  }

  @Test
  void objectsFromTheContextSupportReflectionSpreadAndJson() throws Exception {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("id", "s1");
    source.put("n", 2);
    Map<String, Object> ctx = with(ctx("Query", "q", post()), "source", source);
    Object value = run("""
        const { id, ...rest } = ctx.source;
        const input = ctx.args.input;
        return [Object.keys(ctx.args), { ...ctx.source, extra: true }, JSON.stringify(ctx.source),
          'id' in ctx.source, 'nope' in ctx.source, ctx.source.hasOwnProperty('n'), id, rest,
          Object.entries(ctx.source), typeof ctx.args, ctx.args === ctx.arguments, input === ctx.args.input,
          util.isMap(input), Array.isArray(input), Object.keys(ctx).sort(), ctx.nope === undefined];
        """, ctx).value();
    assertEquals(List.of(List.of("id", "input"), Map.of("id", "s1", "n", 2, "extra", true), "{\"id\":\"s1\",\"n\":2}",
        true, false, true, "s1", Map.of("n", 2), List.of(List.of("id", "s1"), List.of("n", 2)), "object", true, true,
        true, false, List.of("args", "arguments", "error", "identity", "info", "prev", "request", "result", "source",
            "stash"), true), value);
  }

  @Test
  void mutatingArgumentsChangesWhatTheHandlerSeesButNeverTheCallersMap() throws Exception {
    Map<String, Object> args = post();
    JsOutcome outcome = run("""
        const input = ctx.args.input;
        input.id = ctx.args.id;
        input.meta.views += 1;
        input.when = new Date(0);
        input.skip = undefined;
        input.fn = () => 1;
        delete input.title;
        delete input.missing;
        return [input, 'title' in input, Object.keys(input)];
        """, ctx("Mutation", "m", args));
    assertEquals(List.of(
        Map.of("tags", List.of("a", "b"), "meta", Map.of("views", 4), "id", "p1", "when", "1970-01-01T00:00:00.000Z"),
        false, List.of("tags", "meta", "id", "when", "skip", "fn")), outcome.value());
    assertEquals(post(), args);
  }

  @Test
  void listsAreRealArraysWithEveryArrayMethod() throws Exception {
    JsOutcome outcome = run("""
        const tags = ctx.args.input.tags;
        const before = [Array.isArray(tags), tags.length, tags.map((t) => t.toUpperCase()), [...tags].join('+'),
          tags.includes('b'), tags === ctx.args.input.tags];
        tags.push('c');
        tags.shift();
        const copy = tags.slice();
        tags.length = 0;
        return [before, copy, ctx.args.input.tags, ctx.args.input];
        """, ctx("Query", "q", post()));
    assertEquals(List.of(List.of(true, 2, List.of("A", "B"), "a+b", true, true), List.of("b", "c"), List.of(),
        Map.of("title", "T", "tags", List.of(), "meta", Map.of("views", 3))), outcome.value());
  }

  @Test
  void anUnchangedObjectHandedBackIsTheCallersOwnMap() throws Exception {
    Map<String, Object> result = new LinkedHashMap<>(Map.of("id", "p1", "nested", Map.of("a", 1)));
    Map<String, Object> ctx = with(ctx("Query", "q", Map.of()), "result", result);
    JsOutcome outcome = run("return ctx.result.nested.a === 1 ? ctx.result : null;", ctx);
    assertSame(result, outcome.value());
    assertSame(ctx.get("stash"), outcome.stash());
  }

  @Test
  void aChangedObjectHandedBackIsACopyWithTheChange() throws Exception {
    Map<String, Object> result = new LinkedHashMap<>(Map.of("id", "p1", "nested", Map.of("a", 1)));
    JsOutcome outcome = run("ctx.result.nested.b = 2; return ctx.result;", with(ctx("Query", "q", Map.of()), "result", result));
    assertEquals(Map.of("id", "p1", "nested", Map.of("a", 1, "b", 2)), outcome.value());
    assertNotSame(result, outcome.value());
    assertEquals(Map.of("id", "p1", "nested", Map.of("a", 1)), result);
  }

  @Test
  void stashChangesComeBackWhetherPlainValuesOrJsObjects() throws Exception {
    Map<String, Object> stash = new LinkedHashMap<>(Map.of("steps", List.of("before"), "n", 1));
    Map<String, Object> ctx = with(ctx("Query", "q", Map.of()), "stash", stash);
    assertEquals(Map.of("steps", List.of("before"), "n", 2), run("ctx.stash.n = 2; return null;", ctx).stash());
    assertEquals(Map.of("steps", List.of("before", "fn1"), "n", 1, "o", Map.of("k", true)),
        run("ctx.stash.steps.push('fn1'); ctx.stash.o = { k: true }; return null;", ctx).stash());
    assertEquals(Map.of("fresh", 1), run("ctx.stash = { fresh: 1 }; return null;", ctx).stash());
    assertEquals(Map.of("steps", List.of("before"), "n", 1), stash);
  }

  @Test
  void theHostSideOfAViewStaysOutOfReach() throws Exception {
    Object value = run("""
        const args = ctx.args;
        let defined;
        try { Object.defineProperty(args, 'x', { value: 1 }); defined = 'defined'; } catch (e) { defined = e.name; }
        return [typeof args.getClass, typeof args.getMember, typeof args.map, String(args), typeof ctx.getClass, defined];
        """, ctx("Query", "q", post())).value();
    assertEquals(List.of("undefined", "undefined", "undefined", "[object Object]", "undefined", "TypeError"), value);
  }

  @Test
  void aCyclicStashIsACodeError() throws Exception {
    JsOutcome outcome = run("ctx.stash.self = ctx.stash; return 1;", ctx("Query", "q", Map.of()));
    assertEquals("Code", outcome.error().errorType());
    assertTrue(outcome.error().message().startsWith("Resolver output is not serializable"), outcome.error().message());
    assertNull(outcome.value());
  }
}
