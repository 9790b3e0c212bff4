// _stream_readable: node's old name for stream.Readable (kept for libraries that still require it).
'use strict';

module.exports = require('stream').Readable;
