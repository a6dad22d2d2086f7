// util.transform for APPSYNC_JS: AppSync filter objects -> DynamoDB expressions and subscription filters.
// Pure module: no host access.
import { toDynamoDB } from './util-dynamodb.mjs';

function fail(message) {
  throw new TypeError('util.transform: ' + message);
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function parseIfText(value, what) {
  if (typeof value !== 'string') {
    return value;
  }
  try {
    return JSON.parse(value);
  } catch (e) {
    return fail(what + ' is not valid JSON: ' + e.message);
  }
}

function sanitize(text) {
  const cleaned = String(text).replace(/[^A-Za-z0-9_]/g, '_');
  return cleaned.length > 0 ? cleaned : '_';
}

/**
 * Collects #name and :value placeholders for one DynamoDB expression.
 * Placeholders derive from the attribute path (#title, :title_contains) so that output is deterministic
 * and readable; a numeric suffix only appears when two different inputs sanitize to the same text.
 */
export class ExpressionScope {
  constructor() {
    this.expressionNames = {};
    this.expressionValues = {};
  }

  name(attribute) {
    const base = '#' + sanitize(attribute);
    let candidate = base;
    for (let n = 1; candidate in this.expressionNames && this.expressionNames[candidate] !== attribute; n++) {
      candidate = base + '_' + n;
    }
    this.expressionNames[candidate] = attribute;
    return candidate;
  }

  path(segments) {
    return segments.map((segment) => this.name(segment)).join('.');
  }

  value(base, attributeValue) {
    const root = ':' + sanitize(base);
    let candidate = root;
    for (let n = 1; candidate in this.expressionValues; n++) {
      candidate = root + '_' + n;
    }
    this.expressionValues[candidate] = attributeValue;
    return candidate;
  }

  // DynamoDB rejects an empty ExpressionAttributeValues map, so a value-free expression leaves it out.
  result(expression) {
    const out = { expression, expressionNames: this.expressionNames };
    if (Object.keys(this.expressionValues).length > 0) {
      out.expressionValues = this.expressionValues;
    }
    return out;
  }
}

const COMPARATORS = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };
const FUNCTIONS = { beginsWith: 'begins_with', contains: 'contains' };
const ATTRIBUTE_TYPES = {
  _null: 'NULL', string: 'S', stringSet: 'SS', number: 'N', numberSet: 'NS', binary: 'B', binarySet: 'BS',
  boolean: 'BOOL', list: 'L', map: 'M',
};
const FILTER_OPERATORS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'between', 'beginsWith', 'contains',
  'notContains', 'attributeExists', 'attributeType', 'size', 'in']);
const SIZE_OPERATORS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'between', 'in']);

function joinAll(parts, connective) {
  if (parts.length === 1) {
    return parts[0];
  }
  return parts.map((part) => '(' + part + ')').join(' ' + connective + ' ');
}

function requirePair(value, what) {
  if (!Array.isArray(value) || value.length !== 2) {
    fail(what + ' needs an array of exactly two values');
  }
  return value;
}

function compare(scope, operand, base, op, value) {
  const placeholder = (suffix, v) => scope.value(base + '_' + suffix, toDynamoDB(v));
  if (op in COMPARATORS) {
    return operand + ' ' + COMPARATORS[op] + ' ' + placeholder(op, value);
  }
  if (op === 'between') {
    const [low, high] = requirePair(value, "'between'");
    return operand + ' BETWEEN ' + placeholder('between_0', low) + ' AND ' + placeholder('between_1', high);
  }
  if (op === 'in') {
    if (!Array.isArray(value) || value.length === 0) {
      fail("'in' needs a non-empty array");
    }
    return operand + ' IN (' + value.map((v, i) => placeholder('in_' + i, v)).join(', ') + ')';
  }
  return fail("unsupported operator '" + op + "'");
}

function attributeCondition(scope, path, base, op, value) {
  const operand = scope.path(path);
  if (op in FUNCTIONS) {
    return FUNCTIONS[op] + '(' + operand + ', ' + scope.value(base + '_' + op, toDynamoDB(value)) + ')';
  }
  if (op === 'notContains') {
    return 'NOT contains(' + operand + ', ' + scope.value(base + '_notContains', toDynamoDB(value)) + ')';
  }
  if (op === 'attributeExists') {
    return (value ? 'attribute_exists(' : 'attribute_not_exists(') + operand + ')';
  }
  if (op === 'attributeType') {
    const type = ATTRIBUTE_TYPES[value] || (Object.values(ATTRIBUTE_TYPES).includes(value) ? value : null);
    if (type === null) {
      fail("unknown attributeType '" + value + "'");
    }
    return 'attribute_type(' + operand + ', ' + scope.value(base + '_attributeType', { S: type }) + ')';
  }
  if (op === 'size') {
    return sizeCondition(scope, operand, base + '_size', value);
  }
  return compare(scope, operand, base, op, value);
}

function sizeCondition(scope, operand, base, operators) {
  if (!isPlainObject(operators)) {
    fail("'size' needs an operator object such as {gt: 3}");
  }
  const parts = [];
  for (const op of Object.keys(operators)) {
    if (!SIZE_OPERATORS.has(op)) {
      fail("'size' does not support '" + op + "'");
    }
    if (operators[op] !== null && operators[op] !== undefined) {
      parts.push(compare(scope, 'size(' + operand + ')', base, op, operators[op]));
    }
  }
  return parts.length === 0 ? null : joinAll(parts, 'AND');
}

function isOperatorObject(value) {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => FILTER_OPERATORS.has(key));
}

// An object mixing operators with other keys is almost always a misspelt operator; say which key is wrong.
function rejectMixed(spec, isOperator, path) {
  const keys = Object.keys(spec);
  if (keys.some(isOperator)) {
    const unknown = keys.filter((key) => !isOperator(key));
    fail("unknown operator '" + unknown[0] + "' on '" + path.join('.') + "'");
  }
}

// A field maps to operators ({eq: 1}) or, for map attributes, to a nested filter object ({city: {eq: 'x'}}).
function fieldCondition(scope, path, prefix, spec) {
  if (!isPlainObject(spec)) {
    fail("condition on '" + path.join('.') + "' must be an object of operators such as {eq: value}");
  }
  const base = prefix + path.map(sanitize).join('_');
  const parts = [];
  const nested = !isOperatorObject(spec);
  if (nested) {
    rejectMixed(spec, (key) => FILTER_OPERATORS.has(key), path);
  }
  for (const key of Object.keys(spec)) {
    const value = spec[key];
    if (value === null || value === undefined) {
      continue;
    }
    const part = nested ? fieldCondition(scope, path.concat([key]), prefix, value)
      : attributeCondition(scope, path, base, key, value);
    if (part !== null) {
      parts.push(part);
    }
  }
  return parts.length === 0 ? null : joinAll(parts, 'AND');
}

function junction(scope, prefix, keyword, spec) {
  const items = Array.isArray(spec) ? spec : [spec];
  const connective = keyword.toUpperCase();
  const parts = [];
  items.forEach((item, index) => {
    const part = buildCondition(scope, item, prefix + keyword + '_' + index + '_');
    if (part !== null) {
      parts.push(part);
    }
  });
  return parts.length === 0 ? null : joinAll(parts, connective);
}

function buildCondition(scope, filter, prefix) {
  if (!isPlainObject(filter)) {
    fail('a filter must be an object');
  }
  const parts = [];
  for (const key of Object.keys(filter)) {
    const spec = filter[key];
    if (spec === null || spec === undefined) {
      continue;
    }
    let part;
    if (key === 'and' || key === 'or') {
      part = junction(scope, prefix, key, spec);
    } else if (key === 'not') {
      const inner = buildCondition(scope, spec, prefix + 'not_');
      part = inner === null ? null : 'NOT (' + inner + ')';
    } else {
      part = fieldCondition(scope, [key], prefix, spec);
    }
    if (part !== null) {
      parts.push(part);
    }
  }
  return parts.length === 0 ? null : joinAll(parts, 'AND');
}

/**
 * Builds {expression, expressionNames, expressionValues} from an AppSync filter object, or null when the
 * filter holds no condition. Shared by util.transform and the '@aws-appsync/utils/dynamodb' builders.
 */
export function filterExpression(filter) {
  const parsed = parseIfText(filter, 'filter');
  if (parsed === null || parsed === undefined) {
    return null;
  }
  const scope = new ExpressionScope();
  const expression = buildCondition(scope, parsed, '');
  return expression === null ? null : scope.result(expression);
}

const KEY_OPERATORS = new Set(['eq', 'lt', 'le', 'gt', 'ge', 'between', 'beginsWith']);

/** Builds a Query key-condition expression from {pk: {eq: v}, sk: {beginsWith|between|lt|le|gt|ge|eq: v}}. */
export function keyConditionExpression(query) {
  if (!isPlainObject(query) || Object.keys(query).length === 0) {
    fail('a query needs a key condition such as {id: {eq: value}}');
  }
  const scope = new ExpressionScope();
  const parts = [];
  for (const field of Object.keys(query)) {
    const operators = query[field];
    if (!isPlainObject(operators) || Object.keys(operators).length !== 1) {
      fail("key condition on '" + field + "' needs exactly one operator");
    }
    const op = Object.keys(operators)[0];
    if (!KEY_OPERATORS.has(op)) {
      fail("key condition on '" + field + "' does not support '" + op + "'");
    }
    parts.push(attributeCondition(scope, [field], sanitize(field), op, operators[op]));
  }
  return scope.result(parts.join(' AND '));
}

// ---- Subscription filters -------------------------------------------------------------------------------
// The transform doc uses DynamoDB-style lte/gte while setSubscriptionFilter names them le/ge; accept both.
const SUBSCRIPTION_OPERATORS = {
  eq: 'eq', ne: 'ne', le: 'le', lte: 'le', lt: 'lt', ge: 'ge', gte: 'ge', gt: 'gt', contains: 'contains',
  notContains: 'notContains', beginsWith: 'beginsWith', in: 'in', notIn: 'notIn', between: 'between',
  containsAny: 'containsAny',
};
const LIST_OPERATORS = new Set(['in', 'notIn', 'containsAny']);

function subscriptionFilter(path, op, value) {
  const operator = SUBSCRIPTION_OPERATORS[op];
  if (operator === 'between') {
    requirePair(value, "'between' on '" + path.join('.') + "'");
  }
  if (LIST_OPERATORS.has(operator) && !Array.isArray(value)) {
    fail("'" + op + "' on '" + path.join('.') + "' needs an array");
  }
  return { fieldName: path.join('.'), operator, value };
}

// A formula in disjunctive normal form is an array of AND-groups; [[]] is "true", [] is "false".
function andDnf(left, right) {
  const out = [];
  for (const l of left) {
    for (const r of right) {
      out.push(l.concat(r));
    }
  }
  return out;
}

function isSubscriptionOperatorObject(value) {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key in SUBSCRIPTION_OPERATORS);
}

// Several operators on one field are ORed (AppSync doc); nested objects name deeper fields with '.'.
function fieldDnf(path, spec, ignored) {
  if (!isPlainObject(spec)) {
    fail("subscription filter on '" + path.join('.') + "' must be an object of operators such as {eq: value}");
  }
  if (!isSubscriptionOperatorObject(spec)) {
    rejectMixed(spec, (key) => key in SUBSCRIPTION_OPERATORS, path);
    return objectDnf(spec, ignored, path);
  }
  const out = [];
  for (const op of Object.keys(spec)) {
    if (spec[op] !== undefined && spec[op] !== null) {
      out.push([subscriptionFilter(path, op, spec[op])]);
    }
  }
  return out.length === 0 ? [[]] : out;
}

function listOf(spec, keyword) {
  const items = Array.isArray(spec) ? spec : [spec];
  items.forEach((item) => {
    if (!isPlainObject(item)) {
      fail("'" + keyword + "' needs an array of filter objects");
    }
  });
  return items;
}

function junctionDnf(keyword, spec, ignored, path) {
  const parts = listOf(spec, keyword).map((item) => objectDnf(item, ignored, path));
  if (parts.length === 0) {
    return [[]];
  }
  if (keyword === 'and') {
    return parts.reduce(andDnf, [[]]);
  }
  return parts.reduce((all, part) => all.concat(part), []);
}

function objectDnf(filter, ignored, path) {
  let groups = [[]];
  for (const key of Object.keys(filter)) {
    const spec = filter[key];
    if (spec === null || spec === undefined || (path.length === 0 && ignored.has(key))) {
      continue;
    }
    const part = key === 'and' || key === 'or' ? junctionDnf(key, spec, ignored, path)
      : fieldDnf(path.concat([key]), spec, ignored);
    groups = andDnf(groups, part);
  }
  return groups;
}

function strictRules(rules) {
  if (!isPlainObject(rules)) {
    fail('strict rules must be an object of field -> {operator: value}');
  }
  const out = [];
  for (const field of Object.keys(rules)) {
    const spec = rules[field];
    if (!isPlainObject(spec) || !isSubscriptionOperatorObject(spec)) {
      fail("strict rule on '" + field + "' must be an operator object such as {eq: value}");
    }
    for (const op of Object.keys(spec)) {
      if (spec[op] !== undefined) {
        out.push(subscriptionFilter([field], op, spec[op]));
      }
    }
  }
  return out;
}

/**
 * util.transform.toSubscriptionFilter(filter[, ignoredFields[, strictRules]]) -> {filterGroup: [{filters}]}.
 * Top-level keys are ANDed, several operators on one field are ORed, and/or nest; the result is expanded to
 * disjunctive normal form. Each group is then repeated once per strict rule so at least one rule must hold.
 */
function toSubscriptionFilter(filter, ignoredFields, rules) {
  const parsed = parseIfText(filter, 'subscription filter');
  if (parsed !== null && parsed !== undefined && !isPlainObject(parsed)) {
    fail('toSubscriptionFilter expects an object');
  }
  const ignoredList = parseIfText(ignoredFields, 'ignored fields');
  if (ignoredList !== null && ignoredList !== undefined && !Array.isArray(ignoredList)) {
    fail('ignored fields must be an array of field names');
  }
  const ignored = new Set(ignoredList || []);
  const groups = parsed === null || parsed === undefined ? [[]] : objectDnf(parsed, ignored, []);
  const strict = rules === null || rules === undefined ? [] : strictRules(parseIfText(rules, 'strict rules'));
  const expanded = strict.length === 0 ? groups : andDnf(groups, strict.map((rule) => [rule]));
  return { filterGroup: expanded.filter((filters) => filters.length > 0).map((filters) => ({ filters })) };
}

/** The util.transform object of the APPSYNC_JS runtime. */
export const transform = Object.freeze({
  // AppSync returns these two as JSON text; resolvers call JSON.parse on the result.
  toDynamoDBFilterExpression: (filter) => {
    const built = filterExpression(filter);
    return built === null ? null : JSON.stringify(built);
  },
  toDynamoDBConditionExpression: (condition) => {
    const built = filterExpression(condition);
    return built === null ? null : JSON.stringify(built);
  },
  toSubscriptionFilter,
});

export { toSubscriptionFilter };
