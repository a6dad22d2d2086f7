package io.tributary.resolver.js;

import static io.tributary.resolver.js.JsTestSupport.ctx;
import static io.tributary.resolver.js.JsTestSupport.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Resolver code in the shapes AWS documents for APPSYNC_JS, run unchanged. */
class AppSyncExamplesTest {

  private static JsRuntime runtime;

  @BeforeAll
  static void start() {
    runtime = new JsRuntime(new JsRuntimeOptions(10_000, 2));
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  private static JsOutcome invoke(JsModule module, String function, Map<String, Object> ctx, boolean mutation) {
    JsOutcome outcome = runtime.invoke(module, function, new JsInvocation(ctx, mutation));
    assertNull(outcome.error(), () -> String.valueOf(outcome.error()));
    return outcome;
  }

  @Test
  void utilsReadmePutItemExample() throws Exception {
    JsModule module = runtime.compile("createPost.js", """
        import { util } from '@aws-appsync/utils';

        export function request(ctx) {
          const { input: values } = ctx.args;
          return {
            operation: 'PutItem',
            key: util.dynamodb.toMapValues({ id: util.autoId() }),
            attributeValues: util.dynamodb.toMapValues(values),
          };
        }

        export function response(ctx) {
          return ctx.result;
        }
        """);
    Map<String, Object> request = invoke(module, "request",
        ctx("Mutation", "createPost", Map.of("input", Map.of("title", "Hi", "votes", 3))), true).valueAsMap();
    assertEquals("PutItem", request.get("operation"));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> key = (Map<String, Map<String, Object>>) request.get("key");
    assertTrue(((String) key.get("id").get("S")).matches("[0-9a-f-]{36}"));
    assertEquals(Map.of("title", Map.of("S", "Hi"), "votes", Map.of("N", "3")), request.get("attributeValues"));
  }

  @Test
  void dynamodbModulePutWithAutoId() throws Exception {
    JsModule module = runtime.compile("addTodo.js", """
        import { util } from '@aws-appsync/utils';
        import * as ddb from '@aws-appsync/utils/dynamodb';

        export function request(ctx) {
          const item = { ...ctx.args.input };
          return ddb.put({ key: { id: util.autoId() }, item });
        }

        export const response = (ctx) => ctx.result;
        """);
    Map<String, Object> request = invoke(module, "request",
        ctx("Mutation", "addTodo", Map.of("input", Map.of("name", "milk"))), true).valueAsMap();
    assertEquals("PutItem", request.get("operation"));
    assertEquals(Map.of("name", Map.of("S", "milk")), request.get("attributeValues"));
  }

  @Test
  void namedAndRenamedImportsFromBothModules() throws Exception {
    JsModule module = runtime.compile("getTodo.js", """
        import { util as u, runtime, extensions as ext } from '@aws-appsync/utils';
        import { get, put as putItem, operations } from '@aws-appsync/utils/dynamodb';

        export function request(ctx) {
          if (!ctx.args.id) {
            runtime.earlyReturn(null);
          }
          return [get({ key: { id: ctx.args.id } }), typeof putItem, typeof operations.increment, typeof ext.evictFromApiCache,
                  u.isNull(null)];
        }
        export function response(ctx) {
          return ctx.result;
        }
        """);
    Object value = invoke(module, "request", ctx("Query", "getTodo", Map.of("id", "t1")), false).value();
    assertEquals(List.of(Map.of("operation", "GetItem", "key", Map.of("id", Map.of("S", "t1"))),
        "function", "function", "function", true), value);
  }

  @Test
  void subscriptionFilterFromClientArgument() throws Exception {
    JsModule module = runtime.compile("onAlert.js", """
        import { util, extensions } from '@aws-appsync/utils';

        export function request(ctx) {
          return { payload: null };
        }

        export function response(ctx) {
          extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter(JSON.parse(ctx.args.filter)));
          return null;
        }
        """);
    JsOutcome outcome = invoke(module, "response",
        ctx("Subscription", "onAlert", Map.of("filter", "{\"severity\":{\"le\":2}}")), false);
    assertEquals(Map.of("filterGroup", List.of(Map.of("filters",
        List.of(Map.of("fieldName", "severity", "operator", "le", "value", 2))))),
        outcome.extensions().subscriptionFilter());
  }

  @Test
  void noneDataSourceFanOutAndInvalidation() throws Exception {
    JsModule module = runtime.compile("removeMember.js", """
        import { util, extensions } from '@aws-appsync/utils';

        export function request(ctx) {
          return { payload: { groupId: ctx.args.groupId, userId: ctx.args.userId } };
        }

        export function response(ctx) {
          extensions.invalidateSubscriptions({
            subscriptionField: 'onGroupMessageCreated',
            payload: { userId: ctx.args.userId, groupId: ctx.args.groupId },
          });
          return ctx.result;
        }
        """);
    Map<String, Object> base = ctx("Mutation", "removeMember", Map.of("groupId", "g", "userId", "u"));
    Object payload = invoke(module, "request", base, true).value();
    JsOutcome response = invoke(module, "response", with(base, "result", ((Map<?, ?>) payload).get("payload")), true);
    assertEquals(Map.of("groupId", "g", "userId", "u"), response.value());
    assertEquals(1, response.extensions().invalidations().size());
  }
}
