// http: https://nodejs.org/docs/v0.8.16/api/http.html, with node 20's behaviour where the
// manual leaves it open. The parser is lib/internal/http/parser.js; the pieces are in
// _http_server, _http_client, _http_agent, _http_incoming and _http_outgoing, as in node.
'use strict';

var common = require('_http_common');
var server = require('_http_server');
var client = require('_http_client');
var agent = require('_http_agent');
var incoming = require('_http_incoming');
var outgoing = require('_http_outgoing');

function createServer(options, requestListener) {
  return new server.Server(options, requestListener);
}

function request(url, options, cb) {
  return new client.ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  var req = request(url, options, cb);
  req.end();
  return req;
}

// v0.8's deprecated http.createClient(port, host): requests go through req = client.request(method, path, headers).
function Client(port, host) {
  require('events').call(this);
  this.port = port || 80;
  this.host = host || 'localhost';
}
Object.setPrototypeOf(Client.prototype, require('events').prototype);
Client.prototype.request = function (method, path, headers) {
  if (typeof method !== 'string') { headers = path; path = method; method = 'GET'; }
  var self = this;
  var req = request({ host: this.host, port: this.port, method: method, path: path || '/', headers: headers, agent: false });
  req.on('error', function (err) { self.emit('error', err); });
  return req;
};

var warnedCreateClient = false;
function createClient(port, host) {
  if (!warnedCreateClient) {
    warnedCreateClient = true;
    process.emitWarning('http.createClient is deprecated. Use http.request instead.', 'DeprecationWarning');
  }
  return new Client(port, host);
}

module.exports = {
  METHODS: common.METHODS,
  STATUS_CODES: common.STATUS_CODES,
  Agent: agent.Agent,
  ClientRequest: client.ClientRequest,
  IncomingMessage: incoming.IncomingMessage,
  OutgoingMessage: outgoing.OutgoingMessage,
  Server: server.Server,
  ServerResponse: server.ServerResponse,
  createServer: createServer,
  createClient: createClient,
  validateHeaderName: common.validateHeaderName,
  validateHeaderValue: common.validateHeaderValue,
  get: get,
  request: request,
  maxHeaderSize: 16384,
  globalAgent: agent.globalAgent,
  _connectionListener: server._connectionListener
};
