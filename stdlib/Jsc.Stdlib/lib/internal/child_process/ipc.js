// The IPC channel of fork (https://nodejs.org/docs/v0.8.16/api/child_process.html#child_process_child_send_message_sendhandle)
// on both sides: send(message) writes one JSON text a line, each line read becomes a 'message'
// event, disconnect() closes the channel and both sides emit 'disconnect'. On the child's side
// (process) the channel keeps the loop alive only while 'message' or 'disconnect' listeners
// exist, as in node.
'use strict';

var errors = require('internal/util/errors');

function onLine(target, line) {
  if (line === null) {
    finish(target);
    return;
  }
  if (!target.connected) return;
  var message;
  try {
    message = JSON.parse(line);
  } catch (e) {
    return;
  }
  // Messages node sends for itself (cmd NODE_...) are not the program's.
  if (message !== null && typeof message === 'object' && typeof message.cmd === 'string' && message.cmd.indexOf('NODE_') === 0) {
    target.emit('internalMessage', message);
    return;
  }
  target.emit('message', message);
}

function finish(target) {
  if (!target.connected) return;
  target.connected = false;
  target._channel = null;
  target.emit('disconnect');
}

function setup(target, channel, refed) {
  target._channel = channel;
  target.connected = true;
  target.channel = channel;

  target.send = function (message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
    } else if (typeof options === 'function') {
      callback = options;
    }
    if (message === undefined) throw errors.coded(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    if (!target.connected) {
      var ex = errors.coded(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else process.nextTick(function () { target.emit('error', ex); });
      return false;
    }
    channel.send(JSON.stringify(message));
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  };

  target.disconnect = function () {
    if (!target.connected) {
      target.emit('error', errors.coded(Error, 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
      return;
    }
    target.connected = false;
    target._channel = null;
    channel.close();
    process.nextTick(function () { target.emit('disconnect'); });
  };

  if (refed) {
    channel.ref();
    return;
  }
  function count() {
    return target.listenerCount('message') + target.listenerCount('disconnect');
  }
  target.on('newListener', function (type) {
    if ((type === 'message' || type === 'disconnect') && target._channel) channel.ref();
  });
  target.on('removeListener', function (type) {
    if ((type === 'message' || type === 'disconnect') && count() === 0) channel.unref();
  });
}

// A forked child: connects to the channel its parent gave in the environment.
function setupChild(path) {
  var binding = require('internal/child_process_binding');
  delete process.env[binding.channelVariable];
  var channel = binding.connect(path, function (line) { onLine(process, line); });
  setup(process, channel, false);
}

module.exports = { onLine: onLine, setup: setup, setupChild: setupChild };
