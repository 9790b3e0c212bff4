// What net's Socket and Server share: address checks (net.isIP, https://nodejs.org/api/net.html#netisipinput),
// node's system errors for sockets, and the argument forms of connect() and listen().
'use strict';

var binding = require('internal/tcp');

var v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
var v4Str = '(?:' + v4Seg + '\\.){3}' + v4Seg;
var IPv4Reg = new RegExp('^' + v4Str + '$');
var s = '(?:[0-9a-fA-F]{1,4})';
var IPv6Reg = new RegExp('^(?:' +
  '(?:' + s + ':){7}(?:' + s + '|:)|' +
  '(?:' + s + ':){6}(?:' + v4Str + '|:' + s + '|:)|' +
  '(?:' + s + ':){5}(?::' + v4Str + '|(?::' + s + '){1,2}|:)|' +
  '(?:' + s + ':){4}(?:(?::' + s + '){0,1}:' + v4Str + '|(?::' + s + '){1,3}|:)|' +
  '(?:' + s + ':){3}(?:(?::' + s + '){0,2}:' + v4Str + '|(?::' + s + '){1,4}|:)|' +
  '(?:' + s + ':){2}(?:(?::' + s + '){0,3}:' + v4Str + '|(?::' + s + '){1,5}|:)|' +
  '(?:' + s + ':){1}(?:(?::' + s + '){0,4}:' + v4Str + '|(?::' + s + '){1,6}|:)|' +
  '(?::(?:(?::' + s + '){0,5}:' + v4Str + '|(?::' + s + '){1,7}|:))' +
')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(input) { return IPv4Reg.test('' + input); }
function isIPv6(input) { return IPv6Reg.test('' + input); }
function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

// errnoException: `read ECONNRESET`.
function errnoException(code, syscall, extra) {
  var err = new Error(syscall + ' ' + code + (extra ? ' ' + extra : ''));
  err.errno = binding.errno(code);
  err.code = code;
  err.syscall = syscall;
  return err;
}

// exceptionWithHostPort: `connect ECONNREFUSED 127.0.0.1:1`.
function exceptionWithHostPort(code, syscall, address, port) {
  var details = port > 0 ? address + ':' + port : address;
  var err = errnoException(code, syscall, details);
  err.address = address;
  if (port) err.port = port;
  return err;
}

// uvExceptionWithHostPort: `listen EADDRINUSE: address already in use :::8000`.
function uvExceptionWithHostPort(code, syscall, address, port) {
  var message = syscall + ' ' + code + ': ' + binding.describe(code);
  if (port) message += ' ' + address + ':' + port;
  else if (address) message += ' ' + address;
  var err = new Error(message);
  err.code = code;
  err.errno = binding.errno(code);
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

function lookupError(host) {
  var err = new Error('getaddrinfo ENOTFOUND ' + host);
  err.errno = -3008;
  err.code = 'ENOTFOUND';
  err.syscall = 'getaddrinfo';
  err.hostname = host;
  return err;
}

function isPipeName(s) { return typeof s === 'string' && toNumber(s) === false; }

function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }

function isLegalPort(port) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0)) return false;
  return +port === (+port >>> 0) && port <= 0xFFFF;
}

// normalizeArgs: connect(options[, cb]), connect(path[, cb]), connect(port[, host][, cb]) as [options, cb].
function normalizeArgs(args) {
  if (args.length === 0) return [{}, null];
  var arg0 = args[0];
  var options = {};
  if (typeof arg0 === 'object' && arg0 !== null) options = arg0;
  else if (isPipeName(arg0)) options.path = arg0;
  else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  var cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : null];
}

module.exports = {
  binding: binding,
  isIP: isIP,
  isIPv4: isIPv4,
  isIPv6: isIPv6,
  errnoException: errnoException,
  exceptionWithHostPort: exceptionWithHostPort,
  uvExceptionWithHostPort: uvExceptionWithHostPort,
  lookupError: lookupError,
  isPipeName: isPipeName,
  toNumber: toNumber,
  isLegalPort: isLegalPort,
  normalizeArgs: normalizeArgs
};
