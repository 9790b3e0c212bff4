// constants: the flat table of system constants that v0.8 exposes as require('constants')
// (not in the v0.8 manual; node 20 keeps it, deprecated): os.constants' dlopen, errno, priority
// and signals tables, then fs.constants, then crypto.constants, frozen, in node 20's order.
'use strict';

var os = require('os');
var fs = require('fs');
var crypto = require('crypto');

Object.assign(exports,
  os.constants.dlopen,
  os.constants.errno,
  os.constants.priority,
  os.constants.signals,
  fs.constants,
  crypto.constants);
Object.freeze(exports);
