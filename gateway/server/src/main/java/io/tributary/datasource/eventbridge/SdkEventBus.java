package io.tributary.datasource.eventbridge;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.eventbridge.EventBridgeAsyncClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Amazon EventBridge through the AWS SDK's async client (CRT HTTP client); results come back on
 * the caller's Vert.x context. The SDK does not resend entries that failed inside a successful
 * response: they are returned as failed results for the caller to decide.
 */
public final class SdkEventBus implements EventBus {
  private final EventBridgeAsyncClient client;
  private final String where;

  private SdkEventBus(EventBridgeAsyncClient client, String where) {
    this.client = client;
    this.where = where;
  }

  /** @param endpoint null for the region's endpoint; @param credentials null for the SDK's chain */
  public static SdkEventBus create(String region, URI endpoint, io.tributary.config.AwsCredentialsConfig credentials,
      Duration timeout) {
    EventBridgeAsyncClient client = io.tributary.aws.AwsClients.configure(EventBridgeAsyncClient.builder(), region,
        endpoint, credentials, timeout).build();
    return new SdkEventBus(client, endpoint != null ? endpoint.toString() : "EventBridge in " + region);
  }

  @Override
  public Future<List<Result>> putEvents(List<Entry> entries) {
    List<PutEventsRequestEntry> requestEntries = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      PutEventsRequestEntry.Builder e = PutEventsRequestEntry.builder()
          .eventBusName(entry.eventBusName())
          .source(entry.source())
          .detailType(entry.detailType())
          .detail(entry.detail());
      if (entry.resources() != null && !entry.resources().isEmpty()) {
        e.resources(entry.resources());
      }
      if (entry.time() != null) {
        e.time(Instant.parse(entry.time()));
      }
      requestEntries.add(e.build());
    }
    PutEventsRequest request = PutEventsRequest.builder().entries(requestEntries).build();
    Context context = Vertx.currentContext();
    var call = client.putEvents(request);
    return (context == null ? Future.fromCompletionStage(call) : Future.fromCompletionStage(call, context))
        .map(response -> {
          List<Result> results = new ArrayList<>(response.entries().size());
          for (PutEventsResultEntry e : response.entries()) {
            results.add(new Result(e.eventId(), e.errorCode(), e.errorMessage()));
          }
          return results;
        });
  }

  @Override
  public String describe() {
    return where;
  }

  @Override
  public void close() {
    client.close();
  }
}
