// internal/crypto/lazy_transform: a Transform whose stream state is made on first use, as
// node's LazyTransform does, so hashes and ciphers used only through update()/digest()
// (the common case, often thousands of them) pay nothing for being streams.
'use strict';

var Transform = require('stream').Transform;

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

['_readableState', '_writableState'].forEach(function (prop) {
  Object.defineProperty(LazyTransform.prototype, prop, {
    configurable: true,
    enumerable: true,
    get: function () {
      Transform.call(this, this._options);
      return this[prop];
    },
    set: function (value) {
      Object.defineProperty(this, prop, { value: value, enumerable: true, configurable: true, writable: true });
    }
  });
});

module.exports = LazyTransform;
