// timers/promises (https://nodejs.org/api/timers.html#timers-promises-api): the timer
// functions as promises of their value.
'use strict';

function validateOptions(options) {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object') {
    throw require('internal/util/errors').invalidArgType('options', 'of type object', options);
  }
  return options;
}

// setTimeout(delay, value, options): fulfilled with value after delay milliseconds.
exports.setTimeout = function setTimeout(delay, value, options) {
  try {
    options = validateOptions(options);
  } catch (e) {
    return Promise.reject(e);
  }
  return new Promise(function (resolve) {
    var timer = global.setTimeout(resolve, delay, value);
    if (options.ref === false) timer.unref();
  });
};

// setImmediate(value, options): fulfilled with value in the check phase.
exports.setImmediate = function setImmediate(value, options) {
  try {
    options = validateOptions(options);
  } catch (e) {
    return Promise.reject(e);
  }
  return new Promise(function (resolve) {
    var immediate = global.setImmediate(resolve, value);
    if (options.ref === false && immediate.unref) immediate.unref();
  });
};

// setInterval(delay, value): an async iterator yielding value every delay milliseconds.
exports.setInterval = async function* setInterval(delay, value, options) {
  options = validateOptions(options);
  var pending = 0;
  var wake = null;
  var timer = global.setInterval(function () {
    pending++;
    if (wake) {
      var w = wake;
      wake = null;
      w();
    }
  }, delay);
  if (options.ref === false) timer.unref();
  try {
    while (true) {
      if (pending === 0) await new Promise(function (resolve) { wake = resolve; });
      pending--;
      yield value;
    }
  } finally {
    global.clearInterval(timer);
  }
};

exports.scheduler = {
  wait: function wait(delay, options) { return exports.setTimeout(delay, undefined, options); },
  yield: function () { return exports.setImmediate(); }
};
