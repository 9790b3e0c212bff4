// stream: https://nodejs.org/docs/v0.8.16/api/stream.html, with node 20's classes
// (https://nodejs.org/docs/latest-v20.x/api/stream.html). The module is the v0.8 Stream
// class itself, carrying Readable, Writable, Duplex, Transform, PassThrough, finished and
// pipeline. Each class lives in lib/internal/streams/.
'use strict';

var Stream = require('internal/streams/legacy').Stream;
var Readable = require('internal/streams/readable');
var Writable = require('internal/streams/writable');
var Duplex = require('internal/streams/duplex');
var Transform = require('internal/streams/transform');
var PassThrough = require('internal/streams/passthrough');
var eos = require('internal/streams/end-of-stream');
var pipeline = require('internal/streams/pipeline');
var destroyImpl = require('internal/streams/destroy');
var utils = require('internal/streams/utils');
var state = require('internal/streams/state');

module.exports = Stream;
Stream.Stream = Stream;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.finished = eos;
Stream.pipeline = pipeline.pipeline;
Stream.destroy = destroyImpl.destroyer;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.isErrored = function (stream) {
  return !!(utils.isWritableErrored(stream) || utils.isReadableErrored(stream));
};
Stream.isDisturbed = function (stream) {
  return !!(stream && (stream.readableDidRead || stream.readableAborted));
};
Stream.getDefaultHighWaterMark = state.getDefaultHighWaterMark;
Stream._isUint8Array = state.isUint8Array;
Stream._uint8ArrayToBuffer = state.toBuffer;
