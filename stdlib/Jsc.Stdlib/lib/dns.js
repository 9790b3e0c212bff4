// dns: https://nodejs.org/docs/v0.8.16/api/dns.html, with node 20's additions (Resolver,
// lookupService, resolveAny/Soa/Caa/Naptr, {ttl}, dns.promises) and its errors. lookup and
// lookupService ask the OS resolver; everything else goes to our own DNS client in the C#
// binding (internal/dns), which asks the servers of /etc/resolv.conf or setServers().
'use strict';

var binding = require('internal/dns');
var errors = require('internal/util/errors');

var coded = errors.coded;

// getaddrinfo failures carry libuv's EAI_* errno; query failures (c-ares codes) have none.
var eaiErrno = { ENOTFOUND: -3008, EAI_AGAIN: -3001, EAI_FAMILY: -3003, EINVAL: -22 };

function dnsException(code, syscall, hostname, errno) {
  var err = new Error(syscall + ' ' + code + (hostname ? ' ' + hostname : ''));
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

// --- validation ------------------------------------------------------------------------------

function validateString(value, name) {
  if (typeof value !== 'string') throw errors.invalidArgType(name, 'of type string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw errors.invalidArgType(name, 'of type function', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw errors.invalidArgType(name, 'of type boolean', value);
}

function validateFamily(value, name) {
  if (value !== 0 && value !== 4 && value !== 6) throw errors.invalidArgValue(name, value, 'must be one of: 0, 4, 6');
}

var IPV4_RE = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIPv4(s) {
  return IPV4_RE.test(s);
}

function isIPv6(s) {
  if (typeof s !== 'string' || s.indexOf(':') === -1) return false;
  var zone = s.indexOf('%');
  if (zone !== -1) {
    if (zone === s.length - 1) return false;
    s = s.slice(0, zone);
  }
  var groups = s.split('::');
  if (groups.length > 2) return false;
  function parts(text) {
    if (text === '') return [];
    return text.split(':');
  }
  var head = parts(groups[0]);
  var tail = groups.length === 2 ? parts(groups[1]) : [];
  var all = head.concat(tail);
  var count = 0;
  for (var i = 0; i < all.length; i++) {
    var part = all[i];
    if (i === all.length - 1 && part.indexOf('.') !== -1) {
      if (!isIPv4(part)) return false;
      count += 2;
    } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) {
      count += 1;
    } else {
      return false;
    }
  }
  return groups.length === 2 ? count < 8 : count === 8;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// --- lookup / lookupService (the OS resolver) -------------------------------------------------

var defaultResultOrder = 'verbatim';

function lookup(hostname, options, callback) {
  var family = 0;
  var all = false;
  var order = defaultResultOrder;
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    validateFamily(options, 'family');
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw errors.invalidArgType('options', 'of type object or integer', options);
  } else {
    validateFunction(callback, 'callback');
    if (options && options.family != null) {
      if (options.family === 'IPv4') family = 4;
      else if (options.family === 'IPv6') family = 6;
      else {
        validateFamily(options.family, 'options.family');
        family = options.family;
      }
    }
    if (options && options.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options && options.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options && options.order != null) {
      if (options.order !== 'verbatim' && options.order !== 'ipv4first' && options.order !== 'ipv6first') {
        throw errors.invalidArgValue('options.order', options.order, "must be one of: 'verbatim', 'ipv4first', 'ipv6first'");
      }
      order = options.order;
    }
  }

  if (!hostname) {
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  var matched = isIP(hostname);
  if (matched) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }
  binding.lookup(hostname, family, function (code, flat) {
    if (code) return callback(dnsException(code, 'getaddrinfo', hostname, eaiErrno[code]));
    var addresses = [];
    for (var i = 0; i < flat.length; i += 2) addresses.push({ address: flat[i], family: flat[i + 1] });
    if (order !== 'verbatim') {
      var first = order === 'ipv4first' ? 4 : 6;
      addresses = addresses.filter(function (a) { return a.family === first; })
        .concat(addresses.filter(function (a) { return a.family !== first; }));
    }
    if (all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  });
  return {};
}

function validatePort(port, name) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF) {
    throw coded(RangeError, 'ERR_SOCKET_BAD_PORT', (name || 'Port') + ' should be >= 0 and < 65536. Received ' +
      errors.describeReceived(port) + '.');
  }
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) {
    throw coded(TypeError, 'ERR_MISSING_ARGS', 'The "address", "port", and "callback" arguments must be specified');
  }
  if (isIP(address) === 0) throw errors.invalidArgValue('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  binding.lookupService(address, port, function (code, hostname, service) {
    if (code) return callback(dnsException(code, 'getnameinfo', address, eaiErrno[code]));
    callback(null, hostname, service);
  });
  return {};
}

// --- Resolver (our own DNS client) -------------------------------------------------------------

var TYPES = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, ANY: 255, CAA: 257 };

function parseServer(serv, index) {
  validateString(serv, 'servers[' + index + ']');
  var ipVersion = isIP(serv);
  if (ipVersion !== 0) return [serv, 53];
  var match = /^\[([^\]]+)\](?::(\d+))?$/.exec(serv);
  if (match && isIPv6(match[1])) return [match[1], match[2] !== undefined ? +match[2] : 53];
  match = /^([^:]+):(\d+)$/.exec(serv);
  if (match && isIPv4(match[1])) return [match[1], +match[2]];
  throw coded(TypeError, 'ERR_INVALID_IP_ADDRESS', 'Invalid IP address: ' + serv);
}

function Resolver(options) {
  if (!(this instanceof Resolver)) {
    throw coded(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED', "Class constructor Resolver cannot be invoked without 'new'");
  }
  var timeout = -1, tries = 4;
  if (options !== undefined && options !== null) {
    if (options.timeout !== undefined) {
      if (typeof options.timeout !== 'number') throw errors.invalidArgType('options.timeout', 'of type number', options.timeout);
      if (options.timeout !== (options.timeout | 0) || options.timeout < -1) {
        throw errors.outOfRange('options.timeout', 'an integer >= -1 and <= 2147483647', options.timeout);
      }
      timeout = options.timeout;
    }
    if (options.tries !== undefined) {
      if (typeof options.tries !== 'number') throw errors.invalidArgType('options.tries', 'of type number', options.tries);
      if (options.tries !== (options.tries | 0) || options.tries < 1) {
        throw errors.outOfRange('options.tries', '>= 1 && <= 2147483647', options.tries);
      }
      tries = options.tries;
    }
  }
  Object.defineProperty(this, '_channel', {
    value: { servers: binding.systemServers(), timeout: timeout === -1 ? 5000 : timeout, tries: tries, pending: [] }
  });
}

Resolver.prototype.getServers = function () {
  return this._channel.servers.map(function (s) {
    if (s[1] === 53) return s[0];
    return isIPv6(s[0]) ? '[' + s[0] + ']:' + s[1] : s[0] + ':' + s[1];
  });
};

Resolver.prototype.setServers = function (servers) {
  if (!Array.isArray(servers)) throw errors.invalidArgType('servers', 'an instance of Array', servers);
  this._channel.servers = servers.map(parseServer);
};

Resolver.prototype.setLocalAddress = function (ipv4, ipv6) {
  validateString(ipv4, 'ipv4');
  if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
};

// Pending queries end with ECANCELLED; their answers, when they come, are dropped.
Resolver.prototype.cancel = function () {
  var pending = this._channel.pending;
  this._channel.pending = [];
  pending.forEach(function (req) {
    req.done = true;
    req.callback(dnsException('ECANCELLED', req.syscall, req.hostname));
  });
};

// hostname: the name errors report (reverse reports the address, not the arpa name it asks for).
function query(resolver, syscall, name, type, callback, shape, hostname) {
  if (hostname === undefined) hostname = name;
  var channel = resolver._channel;
  var req = { syscall: syscall, hostname: hostname, callback: callback, done: false };
  channel.pending.push(req);
  binding.query(channel.servers, name, type, channel.timeout, channel.tries, function (code, records) {
    if (req.done) return;
    req.done = true;
    var i = channel.pending.indexOf(req);
    if (i !== -1) channel.pending.splice(i, 1);
    if (code) return callback(dnsException(code, syscall, hostname));
    callback(null, shape(records));
  });
  return req;
}

function resolver(syscall, type, shape) {
  return function (name, options, callback) {
    if (callback === undefined) {
      callback = options;
      options = {};
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    var ttl = !!(options && options.ttl);
    query(this, syscall, name, type, callback, function (records) { return shape(records, ttl); });
    return {};
  };
}

function pick(keys) {
  return function (records) {
    return records.map(function (r) {
      var out = {};
      keys.forEach(function (k) { out[k] = r[k]; });
      return out;
    });
  };
}

function addresses(records, ttl) {
  return records.map(function (r) { return ttl ? { address: r.address, ttl: r.ttl } : r.address; });
}

function values(records) {
  return records.map(function (r) { return r.value; });
}

function caa(records) {
  return records.map(function (r) {
    var out = {};
    Object.keys(r).forEach(function (k) { if (k !== 'type') out[k] = r[k]; });
    return out;
  });
}

var P = Resolver.prototype;
// c-ares (and so node) lists an ANY answer grouped by type, in this order.
var ANY_ORDER = ['A', 'CNAME', 'AAAA', 'MX', 'NS', 'TXT', 'SRV', 'PTR', 'NAPTR', 'SOA', 'CAA'];
P.resolveAny = resolver('queryAny', TYPES.ANY, function (records) {
  var out = [];
  ANY_ORDER.forEach(function (type) {
    records.forEach(function (r) { if (r.type === type) out.push(r); });
  });
  return out;
});
P.resolve4 = resolver('queryA', TYPES.A, addresses);
P.resolve6 = resolver('queryAaaa', TYPES.AAAA, addresses);
P.resolveCaa = resolver('queryCaa', TYPES.CAA, caa);
P.resolveCname = resolver('queryCname', TYPES.CNAME, values);
P.resolveMx = resolver('queryMx', TYPES.MX, pick(['exchange', 'priority']));
P.resolveNs = resolver('queryNs', TYPES.NS, values);
P.resolveTxt = resolver('queryTxt', TYPES.TXT, function (records) { return records.map(function (r) { return r.entries; }); });
P.resolveSrv = resolver('querySrv', TYPES.SRV, pick(['name', 'port', 'priority', 'weight']));
P.resolvePtr = resolver('queryPtr', TYPES.PTR, values);
P.resolveNaptr = resolver('queryNaptr', TYPES.NAPTR, pick(['flags', 'service', 'regexp', 'replacement', 'order', 'preference']));
P.resolveSoa = resolver('querySoa', TYPES.SOA, function (records) { return pick(['nsname', 'hostmaster', 'serial', 'refresh', 'retry', 'expire', 'minttl'])(records)[0]; });

// The name a PTR query asks for an address: in-addr.arpa (RFC 1035 §3.5) or ip6.arpa (RFC 3596 §2.5).
function reverseName(ip) {
  if (isIPv4(ip)) return ip.split('.').reverse().join('.') + '.in-addr.arpa';
  var halves = ip.split('::');
  var head = halves[0] ? halves[0].split(':') : [];
  var tail = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
  var groups = head.concat(new Array(8 - head.length - tail.length).fill('0'), tail);
  var nibbles = groups.map(function (g) { return ('0000' + g).slice(-4); }).join('').split('');
  return nibbles.reverse().join('.') + '.ip6.arpa';
}

P.reverse = function (ip, callback) {
  validateString(ip, 'name');
  validateFunction(callback, 'callback');
  if (!isIP(ip) || ip.indexOf('%') !== -1 || (isIPv6(ip) && ip.indexOf('.') !== -1)) {
    throw dnsException('EINVAL', 'getHostByAddr', ip);
  }
  query(this, 'getHostByAddr', reverseName(ip), TYPES.PTR, callback, values, ip);
  return {};
};

var resolveMap = {
  A: P.resolve4, AAAA: P.resolve6, ANY: P.resolveAny, CAA: P.resolveCaa, CNAME: P.resolveCname, MX: P.resolveMx,
  NAPTR: P.resolveNaptr, NS: P.resolveNs, PTR: P.resolvePtr, SOA: P.resolveSoa, SRV: P.resolveSrv, TXT: P.resolveTxt
};

P.resolve = function (hostname, rrtype, callback) {
  var fn;
  if (typeof rrtype === 'string') {
    fn = Object.prototype.hasOwnProperty.call(resolveMap, rrtype) ? resolveMap[rrtype] : undefined;
  } else if (typeof rrtype === 'function') {
    fn = resolveMap.A;
    callback = rrtype;
  } else {
    throw errors.invalidArgType('rrtype', 'of type string', rrtype);
  }
  if (typeof fn === 'function') return fn.call(this, hostname, callback);
  throw errors.invalidArgValue('rrtype', rrtype);
};

// --- the module ----------------------------------------------------------------------------

var defaultResolver = new Resolver();

function setDefaultResultOrder(order) {
  if (order !== 'verbatim' && order !== 'ipv4first' && order !== 'ipv6first') {
    throw errors.invalidArgValue('dnsOrder', order, "must be one of: 'verbatim', 'ipv4first', 'ipv6first'");
  }
  defaultResultOrder = order;
}

var methods = ['getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
  'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];

module.exports = {
  lookup: lookup,
  lookupService: lookupService,
  Resolver: Resolver,
  getDefaultResultOrder: function () { return defaultResultOrder; },
  setDefaultResultOrder: setDefaultResultOrder,
  setServers: function (servers) { defaultResolver.setServers(servers); },
  ADDRCONFIG: 32,
  ALL: 16,
  V4MAPPED: 8,
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED'
};
methods.forEach(function (name) {
  module.exports[name] = function () { return defaultResolver[name].apply(defaultResolver, arguments); };
  Object.defineProperty(module.exports[name], 'name', { value: name });
});

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get: function () { return require('internal/dns/promises'); }
});
module.exports._isIP = isIP;
Object.defineProperty(module.exports, '_isIP', { enumerable: false });
