package io.tributary.realtime.filter;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns AppSync filter JSON ({@code {"filterGroup":[{"filters":[{fieldName, operator, value}]}]}}) into
 * compiled rules, enforcing the documented limits. Shape errors name the offending part; limit errors use
 * AppSync's wording where it is known.
 */
final class FilterCompiler {

    static final int MAX_FIELDS_PER_FILTER = 5;
    static final int MAX_FILTERS = 10;
    static final int MAX_DEPTH = 5;

    private FilterCompiler() {
    }

    /** @return one array of AND-ed rules per entry of {@code filterGroup}; the entries are OR-ed */
    static Rule[][] compile(Object filterJson) {
        List<?> groups = filterGroups(filterJson);
        Rule[][] compiled = new Rule[groups.size()][];
        long branches = 0;
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = compileGroup(groups.get(i), i);
            branches += branchCount(compiled[i]);
            if (branches > MAX_FILTERS) {
                throw new FilterException("Filters exceed maximum filters limit " + MAX_FILTERS
                    + " for subscription (each value of an `in` operator counts as a separate filter).");
            }
        }
        return compiled;
    }

    private static List<?> filterGroups(Object filterJson) {
        if (!(filterJson instanceof Map<?, ?> root)) {
            throw invalid("the filter must be an object with a `filterGroup` array");
        }
        if (!(root.get("filterGroup") instanceof List<?> groups) || groups.isEmpty()) {
            throw invalid("`filterGroup` must be a non-empty array");
        }
        return groups;
    }

    private static Rule[] compileGroup(Object group, int index) {
        if (!(group instanceof Map<?, ?> object) || !(object.get("filters") instanceof List<?> filters)
            || filters.isEmpty()) {
            throw invalid("`filterGroup[" + index + "].filters` must be a non-empty array");
        }
        Rule[] rules = new Rule[filters.size()];
        Set<FieldPath> fields = new HashSet<>();
        for (int i = 0; i < rules.length; i++) {
            rules[i] = compileRule(filters.get(i), "filterGroup[" + index + "].filters[" + i + "]");
            fields.add(rules[i].path());
        }
        if (fields.size() > MAX_FIELDS_PER_FILTER) {
            throw new FilterException(
                "Filters exceed maximum attributes limit " + MAX_FIELDS_PER_FILTER + " for subscription.");
        }
        return rules;
    }

    private static Rule compileRule(Object entry, String where) {
        if (!(entry instanceof Map<?, ?> rule)) {
            throw invalid("`" + where + "` must be an object with fieldName, operator and value");
        }
        if (!(rule.get("fieldName") instanceof String fieldName) || fieldName.isEmpty()) {
            throw invalid("`" + where + ".fieldName` must be a non-empty string");
        }
        FieldPath path = fieldPath(fieldName);
        Operator operator = Operator.parse(rule.get("operator"), fieldName);
        if (!rule.containsKey("value")) {
            throw invalid("`" + where + ".value` is missing");
        }
        return new Rule(path, operator, Operands.condition(operator, rule.get("value"), fieldName));
    }

    /**
     * AppSync documents that rules nested deeper than five levels "will be ignored". We reject them instead:
     * dropping one AND-ed rule silently widens the subscription, and filters are commonly used for
     * authorization, so ignoring a rule could deliver events the resolver meant to withhold.
     */
    private static FieldPath fieldPath(String fieldName) {
        if (fieldName.length() > Operands.MAX_STRING_LENGTH) {
            throw new FilterException("Filter fieldName `" + fieldName.substring(0, 32) + "...` exceeds maximum"
                + " string length " + Operands.MAX_STRING_LENGTH + ".");
        }
        FieldPath path = FieldPath.parse(fieldName);
        if (fieldName.startsWith(".") || fieldName.endsWith(".") || fieldName.contains("..")) {
            throw invalid("fieldName `" + fieldName + "` has an empty path segment");
        }
        if (path.depth() > MAX_DEPTH) {
            throw new FilterException("Filter fieldName `" + fieldName + "` exceeds maximum nesting depth "
                + MAX_DEPTH + ".");
        }
        return path;
    }

    /** AppSync expands each {@code in} value into its own OR branch, so a group counts as the product. */
    private static long branchCount(Rule[] rules) {
        long count = 1;
        for (Rule rule : rules) {
            count *= rule.branchCount();
            if (count > MAX_FILTERS) {
                return count;
            }
        }
        return count;
    }

    private static FilterException invalid(String detail) {
        return new FilterException("Invalid subscription filter: " + detail + ".");
    }
}
