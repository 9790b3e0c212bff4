// _stream_transform: node's old name for stream.Transform (kept for libraries that still require it).
'use strict';

module.exports = require('stream').Transform;
