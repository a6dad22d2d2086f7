package io.tributary.resolver.js;

import static io.tributary.resolver.js.JsTestSupport.ctx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsRuntimeExtensionsTest {

  private static JsRuntime runtime;

  @BeforeAll
  static void start() {
    runtime = new JsRuntime(new JsRuntimeOptions(10_000, 2));
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  private static JsOutcome response(String body, boolean mutation) throws JsCompileException {
    JsModule module = runtime.compile("extensions.js",
        "import { util, extensions } from '@aws-appsync/utils';\n"
            + "export function request(ctx) { return { payload: null }; }\n"
            + "export function response(ctx) {\n" + body + "\n}");
    String parent = mutation ? "Mutation" : "Subscription";
    return runtime.invoke(module, "response",
        new JsInvocation(ctx(parent, "field", Map.of("groupId", "g1", "userId", "u1")), mutation));
  }

  @Test
  void subscriptionFiltersAreCaptured() throws Exception {
    JsOutcome outcome = response("""
        extensions.setSubscriptionFilter({ filterGroup: [{ filters: [{ fieldName: 'groupId', operator: 'eq', value: ctx.args.groupId }] }] });
        extensions.setSubscriptionInvalidationFilter({ filterGroup: [{ filters: [{ fieldName: 'userId', operator: 'eq', value: ctx.args.userId }] }] });
        return null;
        """, false);
    assertNull(outcome.error());
    assertEquals(Map.of("filterGroup", List.of(Map.of("filters",
        List.of(Map.of("fieldName", "groupId", "operator", "eq", "value", "g1"))))),
        outcome.extensions().subscriptionFilter());
    assertEquals(Map.of("filterGroup", List.of(Map.of("filters",
        List.of(Map.of("fieldName", "userId", "operator", "eq", "value", "u1"))))),
        outcome.extensions().subscriptionInvalidationFilter());
  }

  @Test
  void invalidationsAreCapturedOncePerUniqueCallInMutations() throws Exception {
    JsOutcome outcome = response("""
        const request = { subscriptionField: 'onGroupMessageCreated', payload: { userId: ctx.args.userId, groupId: ctx.args.groupId } };
        extensions.invalidateSubscriptions(request);
        extensions.invalidateSubscriptions(request);
        return ctx.result;
        """, true);
    assertNull(outcome.error());
    assertEquals(List.of(Map.of("subscriptionField", "onGroupMessageCreated",
        "payload", Map.of("userId", "u1", "groupId", "g1"))), outcome.extensions().invalidations());
  }

  @Test
  void invalidationOutsideAMutationIsRejected() throws Exception {
    JsOutcome outcome = response(
        "extensions.invalidateSubscriptions({ subscriptionField: 'onX', payload: {} }); return null;", false);
    assertEquals("Code", outcome.error().errorType());
    assertTrue(outcome.error().message().contains("only allowed in mutation"), outcome.error().message());
    assertNull(outcome.extensions());
  }

  @Test
  void aSixthUniqueInvalidationIsRejected() throws Exception {
    JsOutcome five = response("""
        for (let i = 0; i < 5; i++) { extensions.invalidateSubscriptions({ subscriptionField: 'onX', payload: { i } }); }
        return 'ok';
        """, true);
    assertEquals("ok", five.value());
    assertEquals(5, five.extensions().invalidations().size());

    JsOutcome six = response("""
        for (let i = 0; i < 6; i++) { extensions.invalidateSubscriptions({ subscriptionField: 'onX', payload: { i } }); }
        return 'never';
        """, true);
    assertEquals("Code", six.error().errorType());
    assertTrue(six.error().message().contains("at most 5"), six.error().message());
  }

  @Test
  void cacheEvictionsAreCaptured() throws Exception {
    JsOutcome outcome = response("""
        extensions.evictFromApiCache('Query', 'getTask', { 'ctx.args.id': ctx.args.groupId });
        return null;
        """, true);
    assertEquals(List.of(Map.of("typeName", "Query", "fieldName", "getTask",
        "keys", Map.of("ctx.args.id", "g1"))), outcome.extensions().cacheEvictions());
  }

  @Test
  void malformedExtensionCallsAreCodeErrors() throws Exception {
    assertEquals("Code", response("extensions.setSubscriptionFilter('nope');", false).error().errorType());
    assertEquals("Code", response("extensions.evictFromApiCache('Query');", true).error().errorType());
    assertEquals("Code", response("extensions.invalidateSubscriptions({ payload: {} });", true).error().errorType());
  }
}
