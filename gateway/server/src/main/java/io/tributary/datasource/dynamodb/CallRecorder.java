package io.tributary.datasource.dynamodb;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts DynamoDB API calls by operation name ("Query", "BatchGetItem" ...). One count per API
 * call, however many HTTP attempts the SDK's retries make. Register it on a client through
 * {@link DynamoDbClients#create(DynamoDbClientOptions, java.util.List)}; thread-safe, so it can
 * feed metrics as well as tests.
 */
public final class CallRecorder implements ExecutionInterceptor {
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    counts.computeIfAbsent(operation == null ? "unknown" : operation, k -> new LongAdder())
        .increment();
  }

  /** Calls of {@code operation} since creation or the last {@link #reset()}. */
  public long count(String operation) {
    LongAdder adder = counts.get(operation);
    return adder == null ? 0 : adder.sum();
  }

  /** Every operation's count, sorted by name. */
  public Map<String, Long> counts() {
    Map<String, Long> snapshot = new TreeMap<>();
    counts.forEach((operation, adder) -> {
      if (adder.sum() > 0) {
        snapshot.put(operation, adder.sum());
      }
    });
    return snapshot;
  }

  public long total() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }

  public void reset() {
    counts.clear();
  }
}
