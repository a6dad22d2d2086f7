package io.tributary.config;

import java.util.List;

/**
 * Cross-field rules of a configuration record. The binder calls {@link #validate} after the record
 * and everything inside it bound without binding problems (nested records failing their own
 * validation do not prevent it), so implementations see fully typed values and only the nulls
 * their components allow.
 */
public interface ConfigValidation {

  /**
   * @param path this record's own path ({@code ""} for the document root); build child paths with
   *     {@link ConfigPaths} or {@link ConfigChecks}
   * @return the problems found, empty when the record is valid; lines may be left 0
   */
  List<ConfigProblem> validate(String path);
}
