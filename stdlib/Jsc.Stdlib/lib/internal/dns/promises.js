// dns.promises (https://nodejs.org/api/dns.html#dns-promises-api): the callback API of dns.js
// with each result (or error) delivered through a Promise.
'use strict';

var dns = require('dns');

function lookup(hostname, options) {
  var all = !!(options && typeof options === 'object' && options.all);
  return new Promise(function (resolve, reject) {
    dns.lookup(hostname, options === undefined ? {} : options, function (err, address, family) {
      if (err) return reject(err);
      resolve(all ? address : { address: address, family: family });
    });
  });
}

function lookupService(address, port) {
  return new Promise(function (resolve, reject) {
    dns.lookupService(address, port, function (err, hostname, service) {
      if (err) return reject(err);
      resolve({ hostname: hostname, service: service });
    });
  });
}

var methods = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
  'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];

function Resolver(options) {
  if (!(this instanceof Resolver)) {
    var err = new TypeError("Class constructor Resolver cannot be invoked without 'new'");
    throw err;
  }
  Object.defineProperty(this, '_resolver', { value: new dns.Resolver(options) });
}

Resolver.prototype.getServers = function () { return this._resolver.getServers(); };
Resolver.prototype.setServers = function (servers) { this._resolver.setServers(servers); };
Resolver.prototype.setLocalAddress = function (a, b) { this._resolver.setLocalAddress(a, b); };
Resolver.prototype.cancel = function () { this._resolver.cancel(); };

methods.forEach(function (name) {
  Resolver.prototype[name] = function () {
    var resolver = this._resolver;
    var args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (err, result) {
        if (err) reject(err);
        else resolve(result);
      });
      resolver[name].apply(resolver, args);
    });
  };
});

// The module-level functions use the default resolver, whose servers dns.setServers changes.
var defaultResolver = {
  _resolver: {
    getServers: function () { return dns.getServers(); },
    setServers: function (s) { dns.setServers(s); }
  }
};
methods.forEach(function (name) {
  defaultResolver._resolver[name] = function () { return dns[name].apply(dns, arguments); };
});

module.exports = {
  lookup: lookup,
  lookupService: lookupService,
  Resolver: Resolver,
  getServers: function () { return dns.getServers(); },
  setServers: function (servers) { dns.setServers(servers); },
  getDefaultResultOrder: dns.getDefaultResultOrder,
  setDefaultResultOrder: dns.setDefaultResultOrder
};
methods.forEach(function (name) {
  module.exports[name] = function () { return Resolver.prototype[name].apply(defaultResolver, arguments); };
});
