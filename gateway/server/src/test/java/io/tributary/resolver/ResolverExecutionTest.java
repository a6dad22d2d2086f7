package io.tributary.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.datasource.DataSource;
import io.tributary.datasource.DataSourceCall;
import io.tributary.datasource.DataSourceException;
import io.tributary.datasource.none.NoneDataSource;
import io.tributary.execution.RequestScope;
import io.tributary.resolver.js.JsRuntime;
import io.tributary.resolver.js.JsRuntimeOptions;
import io.tributary.resolver.js.JsTestCode;
import io.tributary.testsupport.Await;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Unit and pipeline resolvers executed directly (no HTTP, no graphql-java): the order of steps,
 * the stash and {@code prev.result}, early returns, errors and what reaches the data source.
 */
class ResolverExecutionTest {
  private static Vertx vertx;
  private static JsRuntime js;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    js = new JsRuntime(new JsRuntimeOptions(10_000, 2));
  }

  @AfterAll
  static void stop() {
    js.close();
    Await.result(vertx.close());
  }

  @Test
  void aUnitResolverSendsTheRequestDocumentAndShapesTheResult() {
    RecordingDataSource ds = new RecordingDataSource(doc -> Future.succeededFuture(Map.of("id", "7", "title", "T")));
    ResolverCode code = code("""
        import * as ddb from '@aws-appsync/utils/dynamodb';
        export function request(ctx) { return ddb.get({ key: { id: ctx.args.id } }); }
        export function response(ctx) { return { ...ctx.result, seen: true }; }
        """);
    ResolverOutcome outcome = run(new UnitResolver("Query.getPost", code, ds), Map.of("id", "7"));
    assertEquals(List.of(Map.of("operation", "GetItem", "key", Map.of("id", Map.of("S", "7")))), ds.documents);
    assertEquals(Map.of("id", "7", "title", "T", "seen", true), outcome.value());
    assertTrue(outcome.errors().isEmpty());
  }

  @Test
  void earlyReturnInARequestHandlerSkipsTheDataSourceAndTheResponse() {
    RecordingDataSource ds = new RecordingDataSource(doc -> Future.succeededFuture("never"));
    ResolverCode code = code("""
        import { runtime } from '@aws-appsync/utils';
        export function request(ctx) { runtime.earlyReturn({ cached: ctx.args.id }); }
        export function response(ctx) { return 'response ran'; }
        """);
    ResolverOutcome outcome = run(new UnitResolver("Query.x", code, ds), Map.of("id", "a"));
    assertEquals(Map.of("cached", "a"), outcome.value());
    assertTrue(ds.documents.isEmpty());
  }

  @Test
  void utilErrorBecomesTheFieldErrorWithItsTypeDataAndInfo() {
    ResolverCode code = code("""
        import { util } from '@aws-appsync/utils';
        export function request(ctx) { return { payload: 1 }; }
        export function response(ctx) { util.error('nope', 'Custom:Type', { a: 1 }, { b: 2 }); }
        """);
    ResolverOutcome outcome = run(new UnitResolver("Query.x", code, new NoneDataSource("none")), Map.of());
    assertNull(outcome.value());
    assertEquals(List.of(new ResolverError("nope", "Custom:Type", Map.of("a", 1), Map.of("b", 2))), outcome.errors());
  }

  @Test
  void appendedErrorsAccompanyAValue() {
    ResolverCode code = code("""
        import { util } from '@aws-appsync/utils';
        export function request(ctx) { util.appendError('first', 'Warn'); return { payload: 'v' }; }
        export function response(ctx) { util.appendError('second', 'Warn'); return ctx.result; }
        """);
    ResolverOutcome outcome = run(new UnitResolver("Query.x", code, new NoneDataSource("none")), Map.of());
    assertEquals("v", outcome.value());
    assertEquals(List.of("first", "second"), outcome.errors().stream().map(ResolverError::message).toList());
  }

  @Test
  void aDataSourceFailureIsCtxErrorAndItsDataFollowsTheReRaisedError() {
    DataSource failing = new RecordingDataSource(doc -> Future.failedFuture(new DataSourceException(
        "DynamoDB:ConditionalCheckFailedException", "The conditional request failed", Map.of("version", 3), null)));
    ResolverCode code = code("""
        import { util } from '@aws-appsync/utils';
        export function request(ctx) { return { operation: 'PutItem' }; }
        export function response(ctx) {
          if (ctx.error) { util.error(ctx.error.message, ctx.error.type); }
          return ctx.result;
        }
        """);
    ResolverOutcome outcome = run(new UnitResolver("Mutation.x", code, failing), Map.of());
    ResolverError error = outcome.errors().get(0);
    assertEquals("DynamoDB:ConditionalCheckFailedException", error.errorType());
    assertEquals(Map.of("version", 3), error.data());
  }

  @Test
  void aPipelineRunsBeforeFunctionsAndAfterSharingTheStashAndPrevResult() {
    PipelineFunction addOne = function("addOne", """
        export function request(ctx) { ctx.stash.trail.push('addOne.request:' + ctx.prev.result); return { payload: ctx.prev.result + 1 }; }
        export function response(ctx) { ctx.stash.trail.push('addOne.response:' + ctx.result); return ctx.result; }
        """);
    PipelineFunction triple = function("triple", """
        export function request(ctx) { return { payload: ctx.prev.result * 3 }; }
        export function response(ctx) { ctx.stash.trail.push('triple:' + ctx.result); return ctx.result; }
        """);
    ResolverCode around = code("""
        export function request(ctx) { ctx.stash.trail = ['before']; return ctx.args.start; }
        export function response(ctx) { return { total: ctx.prev.result, trail: ctx.stash.trail }; }
        """);
    ResolverOutcome outcome = run(new PipelineResolver("Mutation.p", around, List.of(addOne, triple, addOne)), Map.of("start", 1));
    assertEquals(Map.of("total", 7, "trail", List.of("before", "addOne.request:1", "addOne.response:2", "triple:6",
        "addOne.request:6", "addOne.response:7")), outcome.value());
  }

  @Test
  void earlyReturnInTheBeforeStepSkipsTheFunctionsAndRunsTheAfterStep() {
    PipelineFunction never = function("never", """
        export function request(ctx) { throw new Error('must not run'); }
        export function response(ctx) { return null; }
        """);
    ResolverCode around = code("""
        import { runtime } from '@aws-appsync/utils';
        export function request(ctx) { runtime.earlyReturn('short-circuit'); }
        export function response(ctx) { return 'after saw ' + ctx.prev.result; }
        """);
    ResolverOutcome outcome = run(new PipelineResolver("Query.p", around, List.of(never)), Map.of());
    assertEquals("after saw short-circuit", outcome.value());
    assertTrue(outcome.errors().isEmpty());
  }

  @Test
  void earlyReturnInAFunctionSkipsToTheNextFunctionOrToTheEnd() {
    PipelineFunction skip = function("skip", """
        import { runtime } from '@aws-appsync/utils';
        export function request(ctx) { runtime.earlyReturn(ctx.prev.result + '>skip', ctx.args.toEnd ? { skipTo: 'END' } : undefined); }
        export function response(ctx) { return 'skip.response ran'; }
        """);
    PipelineFunction mark = function("mark", """
        export function request(ctx) { return { payload: ctx.prev.result + '>mark' }; }
        export function response(ctx) { return ctx.result; }
        """);
    ResolverCode around = code("""
        export function request(ctx) { return 'start'; }
        export function response(ctx) { return ctx.prev.result; }
        """);
    PipelineResolver pipeline = new PipelineResolver("Query.p", around, List.of(skip, mark));
    assertEquals("start>skip>mark", run(pipeline, Map.of("toEnd", false)).value());
    assertEquals("start>skip", run(pipeline, Map.of("toEnd", true)).value());
  }

  @Test
  void anErrorInAFunctionStopsThePipeline() {
    PipelineFunction fails = function("fails", """
        import { util } from '@aws-appsync/utils';
        export function request(ctx) { return { payload: 1 }; }
        export function response(ctx) { util.error('stopped here', 'Stop'); }
        """);
    PipelineFunction never = function("never", """
        export function request(ctx) { throw new Error('must not run'); }
        export function response(ctx) { return null; }
        """);
    ResolverCode around = code("""
        export function request(ctx) { return {}; }
        export function response(ctx) { return 'after ran'; }
        """);
    ResolverOutcome outcome = run(new PipelineResolver("Mutation.p", around, List.of(fails, never)), Map.of());
    assertNull(outcome.value());
    assertEquals("Stop", outcome.errors().get(0).errorType());
  }

  @Test
  void aThrownJavaScriptErrorIsACodeError() {
    ResolverCode code = code("""
        export function request(ctx) { null.boom(); }
        export function response(ctx) { return null; }
        """);
    ResolverOutcome outcome = run(new UnitResolver("Query.x", code, new NoneDataSource("none")), Map.of());
    assertEquals("Code", outcome.errors().get(0).errorType());
  }

  private static ResolverCode code(String source) {
    return JsTestCode.compile(js, "test-" + source.hashCode() + ".js", source);
  }

  private static PipelineFunction function(String name, String source) {
    return new PipelineFunction("fn:test/" + name, code(source), new NoneDataSource("none"));
  }

  private static ResolverOutcome run(FieldResolver resolver, Map<String, Object> args) {
    Context context = vertx.getOrCreateContext();
    Promise<ResolverOutcome> done = Promise.promise();
    context.runOnContext(v -> {
      ResolverContext ctx = new ResolverContext(new HashMap<>(args), null, null,
          new FieldInfo("f", "Query", Map.of(), List::of, () -> null), Map.of(), OperationKind.QUERY);
      resolver.resolve(ctx, new RequestScope(context)).onComplete(done);
    });
    return Await.result(done.future());
  }

  /** Records the request documents it receives and answers with a scripted result. */
  private static final class RecordingDataSource implements DataSource {
    final List<Object> documents = new ArrayList<>();
    private final java.util.function.Function<Object, Future<Object>> answer;

    RecordingDataSource(java.util.function.Function<Object, Future<Object>> answer) {
      this.answer = answer;
    }

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public Future<Object> invoke(DataSourceCall call) {
      documents.add(call.document());
      return answer.apply(call.document());
    }
  }
}
