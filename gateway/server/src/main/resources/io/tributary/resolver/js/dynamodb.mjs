// '@aws-appsync/utils/dynamodb' for APPSYNC_JS: pure builders of AppSync DynamoDB request documents.
// Every function returns exactly the request object a hand-written resolver would return (no `version`).
import { dynamodb as dynamodbUtil, isTypedSet, toItemValue, toItemValues } from './util-dynamodb.mjs';
import { ExpressionScope, filterExpression, keyConditionExpression } from './util-transform.mjs';

function fail(message) {
  throw new TypeError('@aws-appsync/utils/dynamodb: ' + message);
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function requireObject(value, what) {
  if (!isPlainObject(value)) {
    fail(what + ' must be an object');
  }
  return value;
}

function key(value) {
  return toItemValues(requireObject(value, 'key'));
}

// An object that already carries an expression string is passed through unchanged, so resolvers that build
// expressions by hand (or with util.transform) can mix them with the builders.
function expressionOrFilter(value) {
  if (isPlainObject(value) && typeof value.expression === 'string') {
    return value;
  }
  return filterExpression(value);
}

function projection(value) {
  if (isPlainObject(value) && typeof value.expression === 'string') {
    return value;
  }
  if (!Array.isArray(value) || value.length === 0) {
    fail('projection must be a non-empty array of attribute paths');
  }
  const scope = new ExpressionScope();
  const paths = value.map((path) => projectionPath(String(path), scope));
  return scope.result(paths.join(', '));
}

// 'address.city' -> '#address.#city', 'tags[0]' -> '#tags[0]'.
function projectionPath(path, scope) {
  return path.split('.').map((segment) => {
    const match = /^([^\[\]]+)((?:\[\d+\])*)$/.exec(segment);
    if (match === null) {
      fail("invalid projection path '" + path + "'");
    }
    return scope.name(match[1]) + match[2];
  }).join('.');
}

// Copies the listed optional inputs, skipping absent ones, applying a converter where one is given.
function withOptional(request, input, fields) {
  for (const field of Object.keys(fields)) {
    const value = input[field];
    if (value !== undefined && value !== null) {
      const converted = fields[field] === null ? value : fields[field](value);
      if (converted !== null && converted !== undefined) {
        request[field] = converted;
      }
    }
  }
  return request;
}

// ---- Update expressions --------------------------------------------------------------------------------
const OPERATION_KINDS = new Set(['add', 'remove', 'replace', 'increment', 'decrement', 'append', 'prepend',
  'updateListItem']);

function isOperation(value) {
  return isPlainObject(value) && typeof value._type === 'string' && OPERATION_KINDS.has(value._type);
}

function amount(by, what) {
  const value = by === undefined || by === null ? 1 : by;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(what + ' expects a finite number');
  }
  return value;
}

function listArgument(items, what) {
  if (!Array.isArray(items)) {
    fail(what + ' expects an array');
  }
  return items;
}

/** Update operations usable as values of an `update` object. */
export const operations = Object.freeze({
  add: (value) => ({ _type: 'add', value }),
  remove: () => ({ _type: 'remove' }),
  replace: (value) => ({ _type: 'replace', value }),
  increment: (by) => ({ _type: 'increment', by: amount(by, 'operations.increment') }),
  decrement: (by) => ({ _type: 'decrement', by: amount(by, 'operations.decrement') }),
  append: (items) => ({ _type: 'append', items: listArgument(items, 'operations.append') }),
  prepend: (items) => ({ _type: 'prepend', items: listArgument(items, 'operations.prepend') }),
  updateListItem: (value, index) => {
    if (!Number.isInteger(index) || index < 0) {
      fail('operations.updateListItem expects a non-negative integer index');
    }
    return { _type: 'updateListItem', value, index };
  },
});

// Collects the actions of one UpdateItem, grouped by clause so they combine into a single expression.
class UpdateActions {
  constructor() {
    this.scope = new ExpressionScope();
    this.clauses = { SET: [], REMOVE: [], ADD: [], DELETE: [] };
  }

  set(path, suffix, value) {
    const target = this.scope.path(path);
    this.clauses.SET.push(target + ' = ' + this.value(path, suffix, value));
  }

  value(path, suffix, value) {
    return this.scope.value(path.join('_') + '_' + suffix, toItemValue(value));
  }

  operation(path, op) {
    const target = this.scope.path(path);
    switch (op._type) {
      case 'add': return this.add(path, target, op.value);
      case 'replace': return this.set(path, 'replace', op.value);
      case 'remove': return this.clauses.REMOVE.push(target);
      case 'increment': return this.clauses.ADD.push(target + ' ' + this.value(path, 'increment', amount(op.by, 'increment')));
      case 'decrement': return this.clauses.ADD.push(target + ' ' + this.value(path, 'decrement', -amount(op.by, 'decrement')));
      case 'append': return this.listAppend(path, target, op.items, false);
      case 'prepend': return this.listAppend(path, target, op.items, true);
      default: return this.listItem(path, op);
    }
  }

  // DynamoDB's ADD only applies to numbers and sets (it sums or unions); anything else is a new attribute.
  add(path, target, value) {
    if (typeof value === 'number' || isTypedSet(value)) {
      this.clauses.ADD.push(target + ' ' + this.value(path, 'add', value));
      return;
    }
    this.set(path, 'add', value);
  }

  // if_not_exists lets append/prepend create the list on first use instead of failing.
  listAppend(path, target, items, prepend) {
    const existing = 'if_not_exists(' + target + ', ' + this.value(path, 'emptyList', []) + ')';
    const added = this.value(path, prepend ? 'prepend' : 'append', listArgument(items, prepend ? 'prepend' : 'append'));
    const args = prepend ? added + ', ' + existing : existing + ', ' + added;
    this.clauses.SET.push(target + ' = list_append(' + args + ')');
  }

  listItem(path, op) {
    const target = this.scope.path(path) + '[' + op.index + ']';
    this.clauses.SET.push(target + ' = ' + this.value(path, op.index + '_item', op.value));
  }

  collect(path, spec) {
    for (const field of Object.keys(spec)) {
      const value = spec[field];
      if (value !== undefined) {
        this.field(path.concat([field]), value);
      }
    }
  }

  // Plain nested objects update only the keys they name; replace() swaps the whole sub-object.
  field(path, value) {
    if (isOperation(value)) {
      return this.operation(path, value);
    }
    if (Array.isArray(value) && value.length > 0 && value.every((v) => isOperation(v) && v._type === 'updateListItem')) {
      return value.forEach((op) => this.listItem(path, op));
    }
    if (isPlainObject(value) && !isTypedSet(value) && Object.keys(value).length > 0) {
      return this.collect(path, value);
    }
    return this.set(path, 'set', value);
  }

  result() {
    const expression = Object.keys(this.clauses).filter((clause) => this.clauses[clause].length > 0)
      .map((clause) => clause + ' ' + this.clauses[clause].join(', ')).join(' ');
    if (expression.length === 0) {
      fail('update needs at least one attribute to change');
    }
    return this.scope.result(expression);
  }
}

// Resolvers often pass the whole input (key included) as the update; DynamoDB refuses any action on a key
// attribute, so key fields repeated with the same value are dropped rather than failing the request.
function withoutRepeatedKey(spec, keyInput) {
  const out = {};
  for (const field of Object.keys(spec)) {
    if (!(isPlainObject(keyInput) && Object.hasOwn(keyInput, field) && keyInput[field] === spec[field])) {
      out[field] = spec[field];
    }
  }
  return out;
}

function updateExpression(spec, keyInput) {
  if (isPlainObject(spec) && typeof spec.expression === 'string') {
    return spec;
  }
  const actions = new UpdateActions();
  actions.collect([], withoutRepeatedKey(requireObject(spec, 'update'), keyInput));
  return actions.result();
}

const VERSIONING = { _version: null, customPartitionKey: null, populateIndexFields: null };
const WRITE_OPTIONS = { condition: expressionOrFilter, ...VERSIONING };
const SCAN_OPTIONS = {
  index: null, nextToken: null, limit: null, consistentRead: null, select: null, filter: expressionOrFilter,
  projection, totalSegments: null, segment: null,
};
const QUERY_OPTIONS = {
  index: null, nextToken: null, limit: null, scanIndexForward: null, consistentRead: null, select: null,
  filter: expressionOrFilter, projection,
};

/** GetItem: {key, consistentRead?, projection?}. */
export function get(input) {
  requireObject(input, 'get input');
  return withOptional({ operation: 'GetItem', key: key(input.key) }, input, { consistentRead: null, projection });
}

/** PutItem: {key, item, condition?, _version?, customPartitionKey?, populateIndexFields?}. */
export function put(input) {
  requireObject(input, 'put input');
  const request = { operation: 'PutItem', key: key(input.key),
    attributeValues: toItemValues(requireObject(input.item === undefined ? {} : input.item, 'item')) };
  return withOptional(request, input, WRITE_OPTIONS);
}

/** UpdateItem: {key, update, condition?, _version?, ...}; `update` maps fields to values or operations. */
export function update(input) {
  requireObject(input, 'update input');
  const request = { operation: 'UpdateItem', key: key(input.key), update: updateExpression(input.update, input.key) };
  return withOptional(request, input, WRITE_OPTIONS);
}

/** DeleteItem: {key, condition?, _version?, ...}. */
export function remove(input) {
  requireObject(input, 'remove input');
  return withOptional({ operation: 'DeleteItem', key: key(input.key) }, input, WRITE_OPTIONS);
}

/** Query: {query: {pk: {eq}, sk: {...}}, index?, filter?, limit?, nextToken?, ...}. */
export function query(input) {
  requireObject(input, 'query input');
  const request = { operation: 'Query', query: keyConditionExpression(input.query) };
  return withOptional(request, input, QUERY_OPTIONS);
}

/** Scan: {filter?, index?, limit?, nextToken?, segment?, totalSegments?, consistentRead?, select?}. */
export function scan(input) {
  const options = input === undefined || input === null ? {} : requireObject(input, 'scan input');
  return withOptional({ operation: 'Scan' }, options, SCAN_OPTIONS);
}

/** Sync (versioned data sources): {limit?, nextToken?, lastSync?, filter?, basePartitionKey?, deltaIndexName?}. */
export function sync(input) {
  const options = input === undefined || input === null ? {} : requireObject(input, 'sync input');
  return withOptional({ operation: 'Sync' }, options, {
    basePartitionKey: null, deltaIndexName: null, limit: null, nextToken: null, lastSync: null,
    filter: expressionOrFilter,
  });
}

function tablesOf(input, what) {
  requireObject(input, what + ' input');
  return requireObject(input.tables, what + ' tables');
}

function listOf(value, what) {
  if (!Array.isArray(value)) {
    fail(what + ' must be an array');
  }
  return value;
}

/** BatchGetItem: {tables: {name: {keys, consistentRead?, projection?}}}. */
export function batchGet(input) {
  const tables = tablesOf(input, 'batchGet');
  const out = {};
  for (const table of Object.keys(tables)) {
    const spec = requireObject(tables[table], "batchGet table '" + table + "'");
    const entry = { keys: listOf(spec.keys, "batchGet keys of '" + table + "'").map(key) };
    out[table] = withOptional(entry, spec, { consistentRead: null, projection });
  }
  return { operation: 'BatchGetItem', tables: out };
}

function batchWrite(operation, input, what, convert) {
  const tables = tablesOf(input, what);
  const out = {};
  for (const table of Object.keys(tables)) {
    out[table] = listOf(tables[table], what + " entries of '" + table + "'").map(convert);
  }
  return { operation, tables: out };
}

/** BatchPutItem: {tables: {name: [item, ...]}}. */
export function batchPut(input) {
  return batchWrite('BatchPutItem', input, 'batchPut', (item) => toItemValues(requireObject(item, 'item')));
}

/** BatchDeleteItem: {tables: {name: [key, ...]}}. */
export function batchDelete(input) {
  return batchWrite('BatchDeleteItem', input, 'batchDelete', key);
}

function tableName(spec, what) {
  if (typeof spec.table !== 'string' || spec.table.length === 0) {
    fail(what + ' needs a table name');
  }
  return spec.table;
}

/** TransactGetItems: {items: [{table, key, projection?}]}. */
export function transactGet(input) {
  requireObject(input, 'transactGet input');
  const transactItems = listOf(input.items, 'transactGet items').map((item) => {
    const spec = requireObject(item, 'transactGet item');
    return withOptional({ table: tableName(spec, 'transactGet item'), key: key(spec.key) }, spec, { projection });
  });
  return { operation: 'TransactGetItems', transactItems };
}

const TRANSACT_WRITES = {
  putItem: (spec) => ({ operation: 'PutItem', key: key(spec.key),
    attributeValues: toItemValues(requireObject(spec.item === undefined ? {} : spec.item, 'item')) }),
  updateItem: (spec) => ({ operation: 'UpdateItem', key: key(spec.key), update: updateExpression(spec.update, spec.key) }),
  deleteItem: (spec) => ({ operation: 'DeleteItem', key: key(spec.key) }),
  conditionCheck: (spec) => ({ operation: 'ConditionCheck', key: key(spec.key) }),
};

function transactWriteItem(item) {
  requireObject(item, 'transactWrite item');
  const kinds = Object.keys(item).filter((kind) => kind in TRANSACT_WRITES);
  if (kinds.length !== 1) {
    fail('each transactWrite item needs exactly one of putItem, updateItem, deleteItem, conditionCheck');
  }
  const spec = requireObject(item[kinds[0]], kinds[0]);
  const request = { table: tableName(spec, kinds[0]), ...TRANSACT_WRITES[kinds[0]](spec) };
  withOptional(request, spec, { condition: expressionOrFilter });
  if (kinds[0] === 'conditionCheck' && request.condition === undefined) {
    fail('conditionCheck needs a condition');
  }
  return request;
}

/** TransactWriteItems: {items: [{putItem|updateItem|deleteItem|conditionCheck: {table, key, ...}}]}. */
export function transactWrite(input) {
  requireObject(input, 'transactWrite input');
  return { operation: 'TransactWriteItems', transactItems: listOf(input.items, 'transactWrite items').map(transactWriteItem) };
}

/** Typed set builders, also exported by the AppSync module for use inside `item` and `update` values. */
export const toStringSet = dynamodbUtil.toStringSet;
export const toNumberSet = dynamodbUtil.toNumberSet;
export const toBinarySet = dynamodbUtil.toBinarySet;
