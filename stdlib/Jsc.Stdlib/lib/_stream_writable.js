// _stream_writable: node's old name for stream.Writable (kept for libraries that still require it).
'use strict';

module.exports = require('stream').Writable;
