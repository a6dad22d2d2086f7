package io.tributary.resolver.js;

import static io.tributary.resolver.js.JsTestSupport.ctx;
import static io.tributary.resolver.js.JsTestSupport.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.resolver.js.JsOutcome.ResolverError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsRuntimeUtilTest {

  private static JsRuntime runtime;

  @BeforeAll
  static void start() {
    runtime = new JsRuntime(new JsRuntimeOptions(10_000, 2));
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  private static JsOutcome run(String body) throws JsCompileException {
    return run(body, ctx("Mutation", "updatePost", Map.of("id", "p1")));
  }

  private static JsOutcome run(String body, Map<String, Object> ctx) throws JsCompileException {
    JsModule module = runtime.compile("util-test.js",
        "import { util, runtime } from '@aws-appsync/utils';\nexport function request(ctx) {\n" + body + "\n}");
    return runtime.invoke(module, "request", new JsInvocation(ctx, false));
  }

  @Test
  void utilErrorEndsTheHandlerWithTypeDataAndErrorInfo() throws Exception {
    JsOutcome outcome = run("""
        ctx.stash.before = true;
        util.error('Version mismatch', 'ConflictUnhandled', { id: ctx.args.id }, { server: 3 });
        ctx.stash.after = true;
        """);
    assertEquals(new ResolverError("Version mismatch", "ConflictUnhandled", Map.of("id", "p1"), Map.of("server", 3)),
        outcome.error());
    assertEquals(Map.of("before", true), outcome.stash());
    assertNull(outcome.value());
  }

  @Test
  void appendErrorAccumulatesWithoutStopping() throws Exception {
    JsOutcome outcome = run("""
        util.appendError('first', 'A');
        util.appendError('second', 'B', { n: 2 }, { hint: 'x' });
        return 'done';
        """);
    assertEquals("done", outcome.value());
    assertNull(outcome.error());
    assertEquals(List.of(new ResolverError("first", "A", null, null),
        new ResolverError("second", "B", Map.of("n", 2), Map.of("hint", "x"))), outcome.appendedErrors());
  }

  @Test
  void unauthorizedNamesTheFieldAndType() throws Exception {
    JsOutcome outcome = run("util.unauthorized();");
    assertEquals(new ResolverError("Not Authorized to access updatePost on type Mutation", "Unauthorized", null, null),
        outcome.error());
  }

  @Test
  void earlyReturnSkipsTheRestWithItsTarget() throws Exception {
    JsOutcome unspecified = run("ctx.stash.x = 1; runtime.earlyReturn({ cached: true }); return 'never';");
    assertEquals(new JsOutcome.EarlyReturn(Map.of("cached", true), null), unspecified.earlyReturn());
    assertNull(unspecified.value());
    assertNull(unspecified.error());
    assertEquals(Map.of("x", 1), unspecified.stash());

    JsOutcome toEnd = run("runtime.earlyReturn(2, { skipTo: 'END' });");
    assertEquals(new JsOutcome.EarlyReturn(2, "END"), toEnd.earlyReturn());

    JsOutcome toNext = run("runtime.earlyReturn(undefined, { skipTo: 'NEXT' });");
    assertEquals(new JsOutcome.EarlyReturn(null, "NEXT"), toNext.earlyReturn());

    JsOutcome bad = run("runtime.earlyReturn(1, { skipTo: 'SIDEWAYS' });");
    assertEquals("Code", bad.error().errorType());
  }

  @Test
  void thrownErrorsBecomeCodeErrorsWithTheJsMessageOnly() throws Exception {
    JsOutcome thrown = run("throw new Error('boom at ' + ctx.args.id);");
    assertEquals(new ResolverError("boom at p1", "Code", null, null), thrown.error());
    JsOutcome typeError = run("return ctx.args.missing.deeper;");
    assertEquals("Code", typeError.error().errorType());
    assertTrue(typeError.error().message().contains("deeper"), typeError.error().message());
    assertTrue(!typeError.error().message().contains("at "), typeError.error().message());
    JsOutcome thrownString = run("throw 'plain';");
    assertEquals(new ResolverError("plain", "Code", null, null), thrownString.error());
  }

  @Test
  void idsHaveTheirDocumentedShapes() throws Exception {
    @SuppressWarnings("unchecked")
    List<String> ids = (List<String>) run("return [util.autoId(), util.autoUlid(), util.autoKsuid(), util.autoId()];").value();
    assertTrue(ids.get(0).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), ids.get(0));
    assertTrue(ids.get(1).matches("[0-9A-HJKMNP-TV-Z]{26}"), ids.get(1));
    assertTrue(ids.get(2).matches("[0-9A-Za-z]{27}"), ids.get(2));
    assertTrue(!ids.get(0).equals(ids.get(3)));
  }

  @Test
  void typeAndNullHelpersFollowAppSync() throws Exception {
    Object value = run("""
        return [util.typeOf(null), util.typeOf(1), util.typeOf('s'), util.typeOf([]), util.typeOf({}), util.typeOf(true),
          util.isNull(undefined), util.isNullOrEmpty(''), util.isNullOrBlank('  '), util.isNullOrBlank(' a '),
          util.defaultIfNull(null, 'd'), util.defaultIfNullOrEmpty('', 'e'), util.defaultIfNullOrBlank(' ', 'b'),
          util.isString('x'), util.isNumber(2), util.isBoolean(false), util.isList([1]), util.isMap([1]), util.isMap({})];
        """).value();
    assertEquals(List.of("Null", "Number", "String", "List", "Map", "Boolean",
        true, true, true, false, "d", "e", "b", true, true, true, true, false, true), value);
  }

  @Test
  void encodingHelpersMatchJavaSemantics() throws Exception {
    Object value = run("""
        return [util.base64Encode('héllo'), util.base64Decode('aMOpbGxv'), util.urlEncode("a b&c=d/é!*~"),
          util.urlDecode('a+b%26c'), util.escapeJavaScript('say "hi"\\n\\'/'), util.matches('^a.*z$', 'abcz'),
          util.matches('a', 'ab')];
        """).value();
    assertEquals(List.of("aMOpbGxv", "héllo", "a+b%26c%3Dd%2F%C3%A9%21*%7E", "a b&c",
        "say \\\"hi\\\"\\n\\'\\/", true, false), value);
  }

  @Test
  void badHostInputsBecomeCodeErrors() throws Exception {
    JsOutcome badRegex = run("return util.matches('(', 'x');");
    assertEquals("Code", badRegex.error().errorType());
    assertTrue(badRegex.error().message().startsWith("util.matches: "), badRegex.error().message());
    JsOutcome badBase64 = run("return util.base64Decode('***');");
    assertEquals("Code", badBase64.error().errorType());
  }

  @Test
  void timeHelpersUseJavaPatternsAndUtc() throws Exception {
    Object value = run("""
        const t = util.time;
        return [t.epochMilliSecondsToISO8601(1518793200123), t.epochMilliSecondsToSeconds(1518793200999),
          t.epochMilliSecondsToFormatted(1518793200000, 'yyyy-MM-dd HH:mm'),
          t.epochMilliSecondsToFormatted(1518793200000, 'yyyy-MM-dd HH:mm Z', 'Australia/Perth'),
          t.parseFormattedToEpochMilliSeconds('2018-02-16 15:00', 'yyyy-MM-dd HH:mm'),
          t.parseFormattedToEpochMilliSeconds('2018-02-16', 'yyyy-MM-dd', 'Australia/Perth'),
          t.parseISO8601ToEpochMilliSeconds('2018-02-16T16:00:00+01:00'),
          typeof t.nowEpochSeconds(), /^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$/.test(t.nowISO8601()),
          t.nowFormatted('yyyy').length];
        """).value();
    assertEquals(List.of("2018-02-16T15:00:00.123Z", 1518793200, "2018-02-16 15:00", "2018-02-16 23:00 +0800",
        1518793200000L, 1518710400000L, 1518793200000L, "number", true, 4), value);
  }

  @Test
  void stringAndMathHelpers() throws Exception {
    Object value = run("""
        return [util.str.toUpper('ab'), util.str.toLower('AB'), util.str.toReplace('a-b-c', '-', '+'),
          util.str.normalize('e\\u0301', 'nfc') === '\\u00e9', util.math.roundNum(2.5), util.math.minVal(3, 1),
          util.math.maxVal(3, 1), util.math.randomWithinRange(5, 5), util.math.randomDouble() < 1];
        """).value();
    assertEquals(List.of("AB", "ab", "a+b+c", true, 3, 1, 3, 5, true), value);
  }

  @Test
  void authTypeFollowsTheIdentityShapeOrTheGatewayHint() throws Exception {
    Map<String, Object> base = ctx("Query", "q", Map.of());
    String body = "return util.authType();";
    assertEquals("API Key Authorization", run(body, base).value());
    assertEquals("User Pool Authorization", run(body, with(base, "identity",
        Map.of("sub", "s", "issuer", "https://cognito-idp.eu-west-1.amazonaws.com/pool", "claims", Map.of()))).value());
    assertEquals("Open ID Connect Authorization", run(body, with(base, "identity",
        Map.of("sub", "s", "issuer", "https://idp.example.com", "claims", Map.of()))).value());
    assertEquals("IAM Authorization", run(body, with(base, "identity", Map.of("accountId", "1"))).value());
    assertEquals("Lambda Authorization", run(body, with(base, "identity", Map.of("resolverContext", Map.of()))).value());
    JsOutcome hinted = run("return [util.authType(), 'authType' in ctx];", with(base, "authType", "IAM Authorization"));
    assertEquals(List.of("IAM Authorization", false), hinted.value());
  }
}
