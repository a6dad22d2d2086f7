package io.tributary.datasource.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP data source against a real HTTP back end started by the test: GET with query and
 * headers, POST with a JSON body, 2xx/4xx/5xx handed to the response handler as AppSync does,
 * and a slow back end and a huge body each a clear error, never a hang or an exhausted heap.
 */
class HttpDataSourceTest {
  private static final Vertx VERTX = Vertx.vertx();
  private static HttpServer backend;
  private static TestGateway gateway;

  @BeforeAll
  static void start() throws Exception {
    backend = VERTX.createHttpServer().requestHandler(request -> {
      HttpServerResponse response = request.response();
      String path = request.path();
      if (path.equals("/items/1")) {
        response.putHeader("content-type", "application/json").end(new JsonObject().put("id", "1").put("name", "one")
            .put("seen", request.query() + "|" + request.getHeader("x-trace")).encode());
      } else if (path.equals("/items") && request.method().name().equals("POST")) {
        request.body().onSuccess(body -> response.putHeader("content-type", "application/json")
            .end(new JsonObject().put("id", "new").put("name", new JsonObject(body).getString("name"))
                .put("seen", request.getHeader("content-type")).encode()));
      } else if (path.equals("/boom")) {
        response.setStatusCode(500).end("internal error");
      } else if (path.equals("/slow")) {
        VERTX.setTimer(3_000, id -> response.end("late"));
      } else if (path.equals("/huge")) {
        response.setChunked(true);
        Buffer chunk = Buffer.buffer("x".repeat(64 * 1024));
        for (int i = 0; i < 40; i++) {
          response.write(chunk);
        }
        response.end();
      } else {
        response.setStatusCode(404).putHeader("content-type", "text/plain").end("no such thing");
      }
    });
    Await.result(backend.listen(0, "127.0.0.1"));
    Path apis = TestGateway.fixtureCopy("httpapi",
        Map.of("http://backend.invalid", "http://127.0.0.1:" + backend.actualPort()));
    gateway = TestGateway.start(apis, """
        httpDataSources:
          timeout: 1s
          maxResponseBytes: 1048576
        """);
  }

  @AfterAll
  static void stop() {
    if (gateway != null) {
      gateway.close();
    }
    VERTX.close();
  }

  @Test
  void aGetCarriesItsQueryAndHeadersAndReturnsTheParsedBody() {
    Map<?, ?> item = (Map<?, ?>) gateway.post("{ item(id: \"1\") { id name seen } }", null).data("item");

    assertEquals("one", item.get("name"));
    assertEquals("fields=all&q=a+b%26c|from-resolver", item.get("seen"));
  }

  @Test
  void aPostSendsTheBodyAsJson() {
    Map<?, ?> item = (Map<?, ?>) gateway.post("mutation { createItem(name: \"fresh\") { id name seen } }", null)
        .data("createItem");

    assertEquals("fresh", item.get("name"));
    assertEquals("application/json", item.get("seen"));
  }

  @Test
  void fourAndFiveHundredsReachTheResponseHandler() {
    assertEquals(Map.of("statusCode", 404, "contentType", "text/plain", "bodyLength", 13),
        gateway.post("{ call(path: \"/nothing\") { statusCode contentType bodyLength } }", null).data("call"));
    assertEquals(500, ((Map<?, ?>) gateway.post("{ call(path: \"/boom\") { statusCode } }", null).data("call"))
        .get("statusCode"));
    TestGateway.Response missing = gateway.post("{ item(id: \"2\") { id } }", null);
    assertNull(missing.data("item"));
    assertEquals("HttpStatus404", missing.firstError().get("errorType"));
  }

  @Test
  void aSlowBackEndIsATimeoutAndAHugeBodyIsRefused() {
    TestGateway.Response slow = gateway.post("{ call(path: \"/slow\") { statusCode } }", null);
    assertEquals("HTTP:Timeout", slow.firstError().get("errorType"), slow.body());

    TestGateway.Response huge = gateway.post("{ call(path: \"/huge\") { statusCode } }", null);
    assertEquals("HTTP:ResponseTooLarge", huge.firstError().get("errorType"), huge.body());

    assertEquals(200, ((Map<?, ?>) gateway.post("{ call(path: \"/items/1\") { statusCode } }", null).data("call"))
        .get("statusCode"), "the gateway still serves");
  }

  @Test
  void aMalformedRequestIsAMappingTemplateErrorWithNoCall() {
    TestGateway.Response bad = gateway.post("{ call(path: \"no-slash\") { statusCode } }", null);
    assertEquals("MappingTemplate", bad.firstError().get("errorType"), bad.body());
  }
}
