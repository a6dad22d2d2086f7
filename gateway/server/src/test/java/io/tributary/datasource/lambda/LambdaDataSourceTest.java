package io.tributary.datasource.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.aws.LambdaReceiver;
import io.tributary.aws.LambdaReceiver.Answer;
import io.tributary.testsupport.TestGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AWS_LAMBDA data sources through the AWS SDK's Lambda client against an in-test receiver of the
 * Invoke wire protocol: Invoke with the resolver's payload, BatchInvoke of a 100-item list field in
 * exactly one invocation (with a per-item error), and a function error, a timeout and a malformed
 * answer each a clear field error.
 */
class LambdaDataSourceTest {
  private static LambdaReceiver lambda;
  private static TestGateway gateway;

  @BeforeAll
  static void start() {
    lambda = new LambdaReceiver();
    lambda.function("labeller", LambdaDataSourceTest::answer);
    gateway = TestGateway.start(TestGateway.fixture("lambdas"), """
        lambda:
          endpoint: %s
          credentials: { accessKeyId: test, secretAccessKey: test }
          timeout: 1s
        """.formatted(lambda.endpoint()));
  }

  @AfterAll
  static void stop() {
    if (gateway != null) {
      gateway.close();
    }
    if (lambda != null) {
      lambda.close();
    }
  }

  @SuppressWarnings("unchecked")
  private static Answer answer(Object event) {
    if (event instanceof List<?> batch) {
      List<Object> labels = new ArrayList<>();
      for (Object payload : batch) {
        Map<String, Object> item = (Map<String, Object>) payload;
        // a resolver's payload {id}, or a direct resolver's whole context {source: {id}, ...}
        Object id = item.containsKey("id") ? item.get("id") : ((Map<String, Object>) item.get("source")).get("id");
        labels.add(Integer.valueOf(13).equals(id)
            ? Map.of("errorMessage", "unlucky", "errorType", "Labeller:Unlucky")
            : "label-" + id);
      }
      return new Answer.Ok(labels);
    }
    Map<String, Object> request = (Map<String, Object>) event;
    if (request.containsKey("info")) {
      Map<String, Object> info = (Map<String, Object>) request.get("info");
      return new Answer.Ok("direct " + info.get("fieldName") + " " + ((Map<?, ?>) request.get("arguments")).get("x"));
    }
    return switch ((String) request.get("field")) {
      case "echo" -> new Answer.Ok(Map.of("text", "echo " + ((Map<?, ?>) request.get("arguments")).get("text")));
      case "fails" -> new Answer.Fail("Labeller:Broken", "the function threw");
      case "slow" -> new Answer.Late(3_000, new Answer.Ok(Map.of("text", "too late")));
      default -> new Answer.Raw("this is not json");
    };
  }

  @Test
  void invokeSendsTheResolversPayloadAndReturnsTheAnswer() {
    TestGateway.Response response = gateway.post("{ echo(text: \"hi\") }", null);

    assertEquals("echo hi", response.data("echo"), response.body());
    Object event = lambda.events().get(lambda.events().size() - 1);
    assertEquals(Map.of("field", "echo", "arguments", Map.of("text", "hi")), event);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aHundredItemListIsOneBatchInvokeWithAPerItemError() {
    int before = lambda.events().size();
    TestGateway.Response response = gateway.post("{ items(count: 100) { id label } }", null);

    List<Map<String, Object>> items = (List<Map<String, Object>>) response.data("items");
    assertEquals(100, items.size(), response.body());
    assertEquals("label-1", items.get(0).get("label"));
    assertEquals("label-100", items.get(99).get("label"));
    assertNull(items.get(12).get("label"));
    assertEquals(1, lambda.events().size() - before, "one invocation for the whole list");
    assertEquals(100, ((List<?>) lambda.events().get(before)).size());
    Map<String, Object> error = response.firstError();
    assertEquals("Labeller:Unlucky", error.get("errorType"));
    assertEquals(List.of("items", 12, "label"), error.get("path"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aDirectResolverSendsTheWholeContextAndBatchesListItems() {
    int before = lambda.events().size();
    assertEquals("direct direct hello", gateway.post("{ direct(x: \"hello\") }", null).data("direct"));
    Map<String, Object> event = (Map<String, Object>) lambda.events().get(before);
    assertEquals(java.util.Set.of("arguments", "identity", "source", "request", "info", "prev", "stash"), event.keySet());
    assertEquals(Map.of("x", "hello"), event.get("arguments"));

    int beforeList = lambda.events().size();
    List<Map<String, Object>> items = (List<Map<String, Object>>) gateway.post("{ items(count: 30) { directLabel } }", null)
        .data("items");
    assertEquals("label-30", items.get(29).get("directLabel"));
    assertEquals(1, lambda.events().size() - beforeList, "one BatchInvoke for the list");
  }

  @Test
  void aFunctionErrorIsTheFieldsErrorWithTheFunctionsType() {
    Map<String, Object> error = gateway.post("{ fails }", null).firstError();

    assertEquals("Labeller:Broken", error.get("errorType"));
    assertEquals("the function threw", error.get("message"));
  }

  @Test
  void aSlowOrMalformedFunctionIsAClearErrorNotAHang() {
    TestGateway.Response slow = gateway.post("{ slow }", null);
    TestGateway.Response malformed = gateway.post("{ malformed }", null);

    assertEquals(200, slow.status());
    assertTrue(String.valueOf(slow.firstError().get("errorType")).startsWith("Lambda:"), slow.body());
    assertEquals(200, malformed.status());
    assertTrue(String.valueOf(malformed.firstError().get("errorType")).startsWith("Lambda:"), malformed.body());
    assertEquals("echo ok", gateway.post("{ echo(text: \"ok\") }", null).data("echo"));
  }
}
