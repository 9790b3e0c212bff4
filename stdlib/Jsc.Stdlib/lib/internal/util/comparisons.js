// Deep equality as node 20's assert and util.isDeepStrictEqual define it
// (https://nodejs.org/api/assert.html#comparison-details): loose mode compares primitives
// with == and ignores prototypes; strict mode uses Object.is, compares [[Prototype]]s and
// own enumerable symbol keys. Both compare internal classes (Date, RegExp, Error, boxed
// primitives), array lengths and holes, and cope with cycles.
'use strict';

var types = require('internal/util/types');

var hasOwn = Object.prototype.hasOwnProperty;
var isEnumerable = Object.prototype.propertyIsEnumerable;
var objectToString = Object.prototype.toString;

var NO_ITERATOR = 0;
var IS_ARRAY = 1;

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

function isIndexKey(key) {
  var n = Number(key);
  return String(n >>> 0) === key && n >>> 0 !== 4294967295;
}

function nonIndexKeys(array, strict) {
  var keys = Object.keys(array).filter(function (key) { return !isIndexKey(key); });
  if (strict) {
    Object.getOwnPropertySymbols(array).forEach(function (sym) {
      if (isEnumerable.call(array, sym)) keys.push(sym);
    });
  }
  return keys;
}

function similarRegExps(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function equalBoxedPrimitives(a, b) {
  if (types.isNumberObject(a)) return types.isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  if (types.isStringObject(a)) return types.isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  if (types.isBooleanObject(a)) return types.isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  if (types.isSymbolObject(a)) return types.isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  if (types.isBigIntObject(a)) return types.isBigIntObject(b) && a.valueOf() === b.valueOf();
  return false;
}

function hasSpecialClass(value) {
  return Array.isArray(value) || types.isDate(value) || types.isRegExp(value) ||
    types.isBoxedPrimitive(value) || isError(value);
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && a !== a && b !== b;
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (typeof a === 'number' && a !== a && typeof b === 'number' && b !== b);
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  if (objectToString.call(a) !== objectToString.call(b)) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    var keysA = nonIndexKeys(a, strict);
    if (keysA.length !== nonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, IS_ARRAY, keysA);
  }
  if (objectToString.call(a) === '[object Object]' && !hasSpecialClass(a) && !hasSpecialClass(b)) {
    return keyCheck(a, b, strict, memos, NO_ITERATOR);
  }
  if (types.isDate(a)) {
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || !similarRegExps(a, b)) return false;
  } else if (isError(a)) {
    if (!isError(b) || a.message !== b.message || a.name !== b.name) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!equalBoxedPrimitives(a, b)) return false;
  } else if (hasSpecialClass(b)) {
    return false;
  }
  return keyCheck(a, b, strict, memos, NO_ITERATOR);
}

function enumerableSymbols(value) {
  return Object.getOwnPropertySymbols(value).filter(function (sym) { return isEnumerable.call(value, sym); });
}

function keyCheck(a, b, strict, memos, iterationType, keys) {
  if (keys === undefined) {
    keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (var i = 0; i < keys.length; i++) {
      if (!isEnumerable.call(b, keys[i])) return false;
    }
    if (strict) {
      var symbolsA = enumerableSymbols(a);
      var symbolsB = enumerableSymbols(b);
      if (symbolsA.length !== symbolsB.length) return false;
      for (var j = 0; j < symbolsA.length; j++) {
        if (!isEnumerable.call(b, symbolsA[j])) return false;
        keys.push(symbolsA[j]);
      }
    }
  } else {
    for (var k = 0; k < keys.length; k++) {
      if (!isEnumerable.call(b, keys[k])) return false;
    }
  }
  if (keys.length === 0 && (iterationType === NO_ITERATOR || a.length === 0)) return true;

  // Cycles: a pair already being compared further up counts as equal when both sides
  // were entered at the same depth.
  if (memos === undefined) {
    memos = { a: [], b: [], positions: [], position: 0 };
  } else {
    var ia = memos.a.indexOf(a);
    if (ia !== -1) {
      var ib = memos.b.indexOf(b);
      if (ib !== -1) return memos.positions[ia] === memos.positions[ib];
    }
    memos.position++;
  }
  memos.a.push(a);
  memos.b.push(b);
  memos.positions.push(memos.position);
  var equal = objEquiv(a, b, strict, keys, memos, iterationType);
  memos.a.pop();
  memos.b.pop();
  memos.positions.pop();
  return equal;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  var i = 0;
  if (iterationType === IS_ARRAY) {
    for (; i < a.length; i++) {
      if (hasOwn.call(a, i)) {
        if (!hasOwn.call(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn.call(b, i)) {
        return false;
      } else {
        // A hole: compare the remaining keys instead.
        var keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          var key = keysA[i];
          if (!hasOwn.call(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  }
  for (i = 0; i < keys.length; i++) {
    if (!innerDeepEqual(a[keys[i]], b[keys[i]], strict, memos)) return false;
  }
  return true;
}

module.exports = {
  isDeepEqual: function isDeepEqual(a, b) { return innerDeepEqual(a, b, false); },
  isDeepStrictEqual: function isDeepStrictEqual(a, b) { return innerDeepEqual(a, b, true); }
};
