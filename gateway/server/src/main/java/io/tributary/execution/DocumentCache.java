package io.tributary.execution;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Caches parsed and validated documents by their text, so a client repeating the same operation
 * pays for parsing and validation once. Bounded (least recently used out) so a client sending
 * endless distinct documents cannot grow the heap. Entries with errors are cached too: a bad
 * document stays bad.
 */
final class DocumentCache implements PreparsedDocumentProvider {
  private final Map<String, PreparsedDocumentEntry> entries;

  DocumentCache(int maxEntries) {
    this.entries =
        new LinkedHashMap<>(Math.max(16, maxEntries), 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
            return size() > maxEntries;
          }
        };
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    String key = input.getQuery();
    PreparsedDocumentEntry cached;
    synchronized (entries) {
      cached = entries.get(key);
    }
    if (cached != null) {
      return CompletableFuture.completedFuture(cached);
    }
    PreparsedDocumentEntry entry = parseAndValidate.apply(input);
    synchronized (entries) {
      entries.put(key, entry);
    }
    return CompletableFuture.completedFuture(entry);
  }
}
