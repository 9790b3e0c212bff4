// net: https://nodejs.org/docs/v0.8.16/api/net.html, with node 20's behaviour where the manual
// leaves it open. Server and Socket live in lib/internal/net/ over the internal/tcp handles.
'use strict';

var util = require('internal/net/util');
var Socket = require('internal/net/socket');
var Server = require('internal/net/server');

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// connect(options[, cb]), connect(path[, cb]), connect(port[, host][, cb]).
function connect() {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var normalized = util.normalizeArgs(args);
  var options = normalized[0];
  var socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

module.exports = {
  createServer: createServer,
  connect: connect,
  createConnection: connect,
  Server: Server,
  Socket: Socket,
  Stream: Socket,
  isIP: util.isIP,
  isIPv4: util.isIPv4,
  isIPv6: util.isIPv6
};
