package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DocumentReader.mappingError;

import io.tributary.datasource.dynamodb.PageTokens.TokenBinding;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Query and Scan, with AppSync's {@code {items, nextToken, scannedCount}} result. */
final class QueryScanOperations {
  private QueryScanOperations() {}

  static Future<Object> query(OperationContext context) {
    DocumentReader document = context.document();
    Expression.Attributes attributes = new Expression.Attributes();
    String keyCondition = attributes.add(Expression.required(document, "query"));
    String filter = attributes.add(Expression.optional(document, "filter"));
    String projection = attributes.add(Expression.optional(document, "projection"));
    String index = document.optionalString("index");
    TokenBinding binding = binding(context, "Query", index);
    QueryRequest request = QueryRequest.builder()
        .tableName(context.tables().defaultTable())
        .indexName(index)
        .keyConditionExpression(keyCondition)
        .filterExpression(filter)
        .projectionExpression(projection)
        .expressionAttributeNames(attributes.names())
        .expressionAttributeValues(attributes.values())
        .scanIndexForward(document.optionalBoolean("scanIndexForward"))
        .consistentRead(document.optionalBoolean("consistentRead"))
        .limit(limit(document))
        .select(select(document))
        .exclusiveStartKey(startKey(context, binding))
        .build();
    return context.send(() -> context.client().query(request))
        .map(response -> page(context, binding, response.items(), response.lastEvaluatedKey(),
            response.scannedCount()));
  }

  static Future<Object> scan(OperationContext context) {
    DocumentReader document = context.document();
    Expression.Attributes attributes = new Expression.Attributes();
    String filter = attributes.add(Expression.optional(document, "filter"));
    String projection = attributes.add(Expression.optional(document, "projection"));
    String index = document.optionalString("index");
    Integer segment = document.optionalInt("segment");
    Integer totalSegments = document.optionalInt("totalSegments");
    if ((segment == null) != (totalSegments == null)) {
      throw mappingError("request.segment and request.totalSegments must be given together");
    }
    // Each segment pages independently, so its tokens must not be usable for another segment.
    String scope = segment == null ? "Scan" : "Scan/" + segment + "/" + totalSegments;
    TokenBinding binding = binding(context, scope, index);
    ScanRequest request = ScanRequest.builder()
        .tableName(context.tables().defaultTable())
        .indexName(index)
        .filterExpression(filter)
        .projectionExpression(projection)
        .expressionAttributeNames(attributes.names())
        .expressionAttributeValues(attributes.values())
        .consistentRead(document.optionalBoolean("consistentRead"))
        .limit(limit(document))
        .select(select(document))
        .segment(segment)
        .totalSegments(totalSegments)
        .exclusiveStartKey(startKey(context, binding))
        .build();
    return context.send(() -> context.client().scan(request))
        .map(response -> page(context, binding, response.items(), response.lastEvaluatedKey(),
            response.scannedCount()));
  }

  private static TokenBinding binding(OperationContext context, String operation, String index) {
    return new TokenBinding(context.call().resolver(), operation,
        context.tables().defaultTable(), index);
  }

  private static Map<String, AttributeValue> startKey(
      OperationContext context, TokenBinding binding) {
    String token = context.document().optionalString("nextToken");
    return token == null || token.isEmpty() ? null : context.tokens().decode(token, binding);
  }

  private static Integer limit(DocumentReader document) {
    Integer limit = document.optionalInt("limit");
    if (limit != null && limit < 1) {
      throw mappingError("request.limit must be at least 1, got " + limit);
    }
    return limit;
  }

  private static Select select(DocumentReader document) {
    String select = document.optionalString("select");
    if (select == null) {
      return null;
    }
    Select parsed = Select.fromValue(select);
    if (parsed == Select.UNKNOWN_TO_SDK_VERSION) {
      throw mappingError("request.select must be one of ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, "
          + "SPECIFIC_ATTRIBUTES, COUNT, got '" + select + "'");
    }
    return parsed;
  }

  private static Object page(OperationContext context, TokenBinding binding,
      List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastEvaluatedKey,
      Integer scannedCount) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("items", items.stream().map(AttributeValueJson::toPlainMap).toList());
    result.put("nextToken", context.tokens().encode(
        lastEvaluatedKey.isEmpty() ? null : lastEvaluatedKey, binding));
    result.put("scannedCount", scannedCount == null ? 0 : scannedCount);
    return result;
  }
}
