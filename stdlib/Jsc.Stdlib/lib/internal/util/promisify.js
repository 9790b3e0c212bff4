// util.promisify and util.callbackify (https://nodejs.org/api/util.html#utilpromisifyoriginal),
// loaded by util only when the runtime has Promise.
'use strict';

var errors = require('internal/util/errors');

var kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  if (typeof original !== 'function') throw errors.invalidArgType('original', 'of type function', original);
  if (original[kCustomPromisified]) {
    var fn = original[kCustomPromisified];
    if (typeof fn !== 'function') {
      throw errors.invalidArgType('util.promisify.custom', 'of type function', fn);
    }
    Object.defineProperty(fn, kCustomPromisified, { value: fn, enumerable: false, writable: false, configurable: true });
    return fn;
  }
  function promisified() {
    var self = this;
    var args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (err, value) {
        if (err) return reject(err);
        resolve(value);
      });
      original.apply(self, args);
    });
  }
  Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
  Object.defineProperty(promisified, kCustomPromisified, { value: promisified, enumerable: false, writable: false, configurable: true });
  var descriptors = Object.getOwnPropertyDescriptors(original);
  Object.keys(descriptors).forEach(function (key) {
    Object.defineProperty(promisified, key, descriptors[key]);
  });
  return promisified;
}

promisify.custom = kCustomPromisified;

// A rejection with a falsy reason becomes an Error carrying it as `reason`.
function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    var err = new Error('Promise was rejected with falsy value');
    err.code = 'ERR_FALSY_VALUE_REJECTION';
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  if (typeof original !== 'function') throw errors.invalidArgType('original', 'of type function', original);
  function callbackified() {
    var args = Array.prototype.slice.call(arguments);
    var maybeCb = args.pop();
    if (typeof maybeCb !== 'function') throw errors.invalidArgType('last argument', 'of type function', maybeCb);
    var self = this;
    var cb = maybeCb.bind(self);
    Promise.resolve(original.apply(this, args)).then(
      function (ret) { process.nextTick(cb, null, ret); },
      function (rej) { process.nextTick(callbackifyOnRejected, rej, cb); });
  }
  var descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  var proto = Object.getPrototypeOf(original);
  Object.setPrototypeOf(callbackified, proto);
  Object.keys(descriptors).forEach(function (key) {
    if (key !== 'prototype') Object.defineProperty(callbackified, key, descriptors[key]);
  });
  return callbackified;
}

module.exports = { promisify: promisify, callbackify: callbackify };
