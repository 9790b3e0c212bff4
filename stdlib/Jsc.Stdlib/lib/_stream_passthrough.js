// _stream_passthrough: node's old name for stream.PassThrough (kept for libraries that still require it).
'use strict';

module.exports = require('stream').PassThrough;
