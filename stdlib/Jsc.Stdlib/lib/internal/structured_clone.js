'use strict';
// structuredClone and DOMException, the two web-platform globals node 20 has for it:
// https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializeinternal
// Values are copied with the spec's memory map (cycles and shared references survive);
// what cannot be cloned (functions, symbols, WeakMap, Promise...) throws a DataCloneError.

// The legacy error codes of DOMException names (https://webidl.spec.whatwg.org/#dfn-error-names-table).
var codes = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5, NoModificationAllowedError: 7,
  NotFoundError: 8, NotSupportedError: 9, InUseAttributeError: 10, InvalidStateError: 11, SyntaxError: 12,
  InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18,
  NetworkError: 19, AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23,
  InvalidNodeTypeError: 24, DataCloneError: 25,
};

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super(String(message));
    var name = options !== null && typeof options === 'object' ? (options.name === undefined ? 'Error' : String(options.name)) : String(options);
    Object.defineProperty(this, 'name', { value: name, writable: true, enumerable: false, configurable: true });
    if (options !== null && typeof options === 'object' && 'cause' in options) {
      Object.defineProperty(this, 'cause', { value: options.cause, writable: true, enumerable: false, configurable: true });
    }
  }

  get code() { return codes[this.name] || 0; }
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
Object.keys(codes).forEach(function (name) {
  var constant = name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase().replace(/_ERROR$/, '_ERR');
  Object.defineProperty(DOMException, constant, { value: codes[name], enumerable: true });
  Object.defineProperty(DOMException.prototype, constant, { value: codes[name], enumerable: true });
});

var toString = Object.prototype.toString;
var typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
var typedArrayTag = Object.getOwnPropertyDescriptor(typedArrayPrototype, Symbol.toStringTag).get;

function cannotClone(value) {
  var text = typeof value === 'function' ? Function.prototype.toString.call(value)
    : typeof value === 'symbol' ? String(value)
    : '#<' + (value.constructor && value.constructor.name || 'Object') + '>';
  return new DOMException(text + ' could not be cloned.', 'DataCloneError');
}

// The brand of an object by its internal slots (not by its prototype chain, which user code can change).
function brand(value) {
  if (ArrayBuffer.isView(value)) return typedArrayTag.call(value) || 'DataView';
  var tag = toString.call(value).slice(8, -1);
  if (tag === 'Object' || tag === 'Error' || tag === 'Array' || tag === 'Date' || tag === 'RegExp' || tag === 'Boolean' ||
      tag === 'Number' || tag === 'String' || tag === 'Map' || tag === 'Set' || tag === 'ArrayBuffer') return tag;
  return tag;
}

var errorTypes = { Error: Error, EvalError: EvalError, RangeError: RangeError, ReferenceError: ReferenceError, SyntaxError: SyntaxError, TypeError: TypeError, URIError: URIError };

function clone(value, memory) {
  if (typeof value === 'symbol' || typeof value === 'function') throw cannotClone(value);
  if (value === null || typeof value !== 'object') return value;
  if (memory.has(value)) return memory.get(value);
  var result;
  switch (brand(value)) {
    case 'Boolean': result = Object(Boolean.prototype.valueOf.call(value)); break;
    case 'Number': result = Object(Number.prototype.valueOf.call(value)); break;
    case 'String': result = Object(String.prototype.valueOf.call(value)); break;
    case 'Date': result = new Date(Date.prototype.getTime.call(value)); break;
    case 'RegExp': result = new RegExp(value.source, value.flags); break;
    case 'ArrayBuffer': result = ArrayBuffer.prototype.slice.call(value, 0); break;
    case 'DataView':
      result = new DataView(clone(value.buffer, memory), value.byteOffset, value.byteLength);
      break;
    case 'Int8Array': case 'Uint8Array': case 'Uint8ClampedArray': case 'Int16Array': case 'Uint16Array':
    case 'Int32Array': case 'Uint32Array': case 'Float32Array': case 'Float64Array': {
      var Ctor = globalThis[typedArrayTag.call(value)];
      result = new Ctor(clone(value.buffer, memory), value.byteOffset, value.length);
      break;
    }
    case 'Map':
      result = new Map();
      memory.set(value, result);
      Map.prototype.forEach.call(value, function (v, k) { result.set(clone(k, memory), clone(v, memory)); });
      return result;
    case 'Set':
      result = new Set();
      memory.set(value, result);
      Set.prototype.forEach.call(value, function (v) { result.add(clone(v, memory)); });
      return result;
    case 'Error': {
      var name = value.name;
      var Type = Object.prototype.hasOwnProperty.call(errorTypes, name) ? errorTypes[name] : Error;
      result = Object.create(Type.prototype);
      memory.set(value, result);
      var message = Object.getOwnPropertyDescriptor(value, 'message');
      if (message && 'value' in message) {
        Object.defineProperty(result, 'message', { value: String(message.value), writable: true, configurable: true });
      }
      if (typeof value.stack === 'string') {
        Object.defineProperty(result, 'stack', { value: value.stack, writable: true, configurable: true });
      }
      if ('cause' in value) Object.defineProperty(result, 'cause', { value: clone(value.cause, memory), writable: true, configurable: true });
      return result;
    }
    case 'Array':
      result = new Array(value.length);
      break;
    case 'Object':
      if (value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet || (typeof WeakRef === 'function' && value instanceof WeakRef)) throw cannotClone(value);
      result = {};
      break;
    default:
      throw cannotClone(value);
  }
  memory.set(value, result);
  if (Array.isArray(value) || brand(value) === 'Object') {
    Object.keys(value).forEach(function (key) { result[key] = clone(value[key], memory); });
  }
  return result;
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    var err = new TypeError('The value argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  if (options != null && typeof options === 'object' && options.transfer !== undefined && options.transfer.length > 0) {
    throw new DOMException('Transferring ArrayBuffers is not supported by structuredClone here.', 'DataCloneError');
  }
  return clone(value, new Map());
}

module.exports = { DOMException: DOMException, structuredClone: structuredClone };
