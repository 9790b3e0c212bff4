// constants: the flat table of system constants that v0.8 exposes as require('constants')
// (not in the v0.8 manual; node 20 keeps it, deprecated): os.constants' dlopen, errno, priority
// and signals tables, then fs.constants, frozen, in node 20's order. node 20 appends
// crypto.constants (OpenSSL option bits), which Jsc's crypto module does not have.
'use strict';

var os = require('os');
var fs = require('fs');

Object.assign(exports,
  os.constants.dlopen,
  os.constants.errno,
  os.constants.priority,
  os.constants.signals,
  fs.constants);
Object.freeze(exports);
