// _stream_duplex: node's old name for stream.Duplex (kept for libraries that still require it).
'use strict';

module.exports = require('stream').Duplex;
