// Whole-file reads and writes: readFile, writeFile, appendFile (and their *Sync forms).
// One binding call does the open/read-or-write/close, so the data crosses into C# once.
'use strict';

var binding = require('internal/fs');
var utils = require('internal/fs/utils');

exports.install = function install(fs, isFd, encodingOf) {
  function target(path) {
    return isFd(path) ? path : utils.getValidatedPath(path);
  }

  function readFile(path, options, callback) {
    callback = utils.validateFunction(callback || options, 'cb');
    options = utils.getOptions(options, { flag: 'r' });
    var flags = utils.stringToFlags(options.flag);
    binding.readFile(target(path), flags, encodingOf(options), callback);
  }

  function readFileSync(path, options) {
    options = utils.getOptions(options, { flag: 'r' });
    var flags = utils.stringToFlags(options.flag);
    return binding.readFile(target(path), flags, encodingOf(options));
  }

  function checkData(data) {
    if (typeof data !== 'string' && !utils.isArrayBufferView(data)) {
      throw utils.invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
    }
  }

  function writeArguments(path, data, options, defaultFlag) {
    options = utils.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
    checkData(data);
    var flag = options.flag || defaultFlag;
    if (defaultFlag === 'a' && isFd(path)) flag = 'a';
    return {
      file: target(path),
      encoding: encodingOf(options) || 'utf8',
      flags: utils.stringToFlags(flag),
      mode: utils.parseFileMode(options.mode, 'mode', 0o666)
    };
  }

  function writeFileWith(defaultFlag) {
    return function (path, data, options, callback) {
      callback = utils.validateFunction(callback || options, 'cb');
      var args = writeArguments(path, data, typeof options === 'function' ? undefined : options, defaultFlag);
      binding.writeFile(args.file, data, args.encoding, args.flags, args.mode, callback);
    };
  }

  function writeFileSyncWith(defaultFlag) {
    return function (path, data, options) {
      var args = writeArguments(path, data, options, defaultFlag);
      binding.writeFile(args.file, data, args.encoding, args.flags, args.mode);
    };
  }

  fs.readFile = readFile;
  fs.readFileSync = readFileSync;
  fs.writeFile = writeFileWith('w');
  fs.writeFileSync = writeFileSyncWith('w');
  fs.appendFile = writeFileWith('a');
  fs.appendFileSync = writeFileSyncWith('a');
};
