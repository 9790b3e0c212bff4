// What http's server and client share: the status texts and methods node 20 lists
// (http.STATUS_CODES, http.METHODS), header name/value checks, and the parser pool.
'use strict';

var errors = require('internal/util/errors');
var HTTPParser = require('internal/http/parser').HTTPParser;

var STATUS_CODES = {
  100: "Continue",
  101: "Switching Protocols",
  102: "Processing",
  103: "Early Hints",
  200: "OK",
  201: "Created",
  202: "Accepted",
  203: "Non-Authoritative Information",
  204: "No Content",
  205: "Reset Content",
  206: "Partial Content",
  207: "Multi-Status",
  208: "Already Reported",
  226: "IM Used",
  300: "Multiple Choices",
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  304: "Not Modified",
  305: "Use Proxy",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  407: "Proxy Authentication Required",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  411: "Length Required",
  412: "Precondition Failed",
  413: "Payload Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
  416: "Range Not Satisfiable",
  417: "Expectation Failed",
  418: "I'm a Teapot",
  421: "Misdirected Request",
  422: "Unprocessable Entity",
  423: "Locked",
  424: "Failed Dependency",
  425: "Too Early",
  426: "Upgrade Required",
  428: "Precondition Required",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  451: "Unavailable For Legal Reasons",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
  505: "HTTP Version Not Supported",
  506: "Variant Also Negotiates",
  507: "Insufficient Storage",
  508: "Loop Detected",
  509: "Bandwidth Limit Exceeded",
  510: "Not Extended",
  511: "Network Authentication Required"
};

var METHODS = HTTPParser.methods.slice().sort();

var tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(name) { return tokenRe.test(name); }

var invalidHeaderCharRe = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(value) { return invalidHeaderCharRe.test(value); }

function validateHeaderName(name) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw errors.coded(TypeError, 'ERR_INVALID_HTTP_TOKEN', 'Header name must be a valid HTTP token ["' + name + '"]');
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw errors.coded(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "' + value + '" for header "' + name + '"');
  }
  if (checkInvalidHeaderChar('' + value)) {
    var err = errors.coded(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in header content ["' + name + '"]');
    throw err;
  }
}

module.exports = {
  STATUS_CODES: STATUS_CODES,
  METHODS: METHODS,
  HTTPParser: HTTPParser,
  checkIsHttpToken: checkIsHttpToken,
  checkInvalidHeaderChar: checkInvalidHeaderChar,
  validateHeaderName: validateHeaderName,
  validateHeaderValue: validateHeaderValue,
  CRLF: '\r\n'
};
