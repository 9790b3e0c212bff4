// domain: https://nodejs.org/docs/v0.8.16/api/domain.html — errors thrown or emitted in
// a domain's context go to its 'error' event. Loading the module turns domains on: event
// emitters made while a domain is active join it, and timers, immediates and nextTick
// callbacks run in the domain that was active when they were scheduled.
'use strict';

var EventEmitter = require('events');
var timers = require('timers');

var stack = [];
exports._stack = stack;
exports.active = null;

function Domain() {
  EventEmitter.call(this);
  this.members = [];
}
Object.setPrototypeOf(Domain.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Domain, EventEmitter);
Domain.prototype.members = undefined;

exports.Domain = Domain;
exports.createDomain = exports.create = function () {
  return new Domain();
};

function setActive(domain) {
  exports.active = process.domain = domain;
}

Domain.prototype.enter = function () {
  if (this._disposed) return;
  setActive(this);
  stack.push(this);
};

// Leaves this domain and every domain entered after it.
Domain.prototype.exit = function () {
  var index = stack.lastIndexOf(this);
  if (index === -1 || this._disposed) return;
  stack.splice(index);
  setActive(stack[stack.length - 1]);
};

Domain.prototype.run = function (fn) {
  if (this._disposed) return;
  var args = Array.prototype.slice.call(arguments, 1);
  this.enter();
  var result = fn.apply(this, args);
  this.exit();
  return result;
};

Domain.prototype.add = function (member) {
  if (member.domain === this) return;
  if (member.domain && typeof member.domain.remove === 'function') member.domain.remove(member);
  member.domain = this;
  this.members.push(member);
};

Domain.prototype.remove = function (member) {
  member.domain = null;
  var index = this.members.indexOf(member);
  if (index !== -1) this.members.splice(index, 1);
};

Domain.prototype.bind = function (callback) {
  var domain = this;
  function bound() {
    if (domain._disposed) return;
    domain.enter();
    var result = callback.apply(this, arguments);
    domain.exit();
    return result;
  }
  bound.domain = this;
  return bound;
};

Domain.prototype.intercept = function (callback) {
  var domain = this;
  function intercepted(er) {
    if (domain._disposed) return;
    if (er) {
      if (typeof er === 'object') {
        er.domainBound = callback;
        er.domainThrown = false;
        er.domain = domain;
      }
      domain.emit('error', er);
      return;
    }
    var args = Array.prototype.slice.call(arguments, 1);
    domain.enter();
    var result = callback.apply(this, args);
    domain.exit();
    return result;
  }
  intercepted.domain = this;
  return intercepted;
};

// The manual's dispose: members are shut down (streams destroyed, timers cleared), bound
// callbacks stop running, later errors are ignored, and 'dispose' is emitted.
Domain.prototype.dispose = function () {
  if (this._disposed) return;
  this.exit();
  this.emit('dispose');
  this.removeAllListeners();
  this.on('error', function () {});
  var members = this.members;
  this.members = [];
  for (var i = 0; i < members.length; i++) {
    var member = members[i];
    member.domain = null;
    if (typeof member.close === 'function' && typeof member.hasRef === 'function') member.close();
    else if (typeof member.destroy === 'function') member.destroy();
    else if (typeof member.end === 'function') member.end();
  }
  this._disposed = true;
};

// Called by process._fatalException with an error that escaped while this domain was active.
Domain.prototype._errorHandler = function (er) {
  // The code that threw never reached its exit(): leave this domain and those inside it.
  var index = stack.lastIndexOf(this);
  if (index !== -1) stack.splice(index);
  setActive(stack.length > 0 ? stack[stack.length - 1] : null);
  if (this._disposed) return true;
  if (this.listenerCount('error') === 0) return false;
  if (er !== null && typeof er === 'object') {
    er.domain = this;
    er.domainThrown = true;
  }
  this.emit('error', er);
  // The exception ended the callback it came from: no domain stays entered after it.
  stack.length = 0;
  setActive(null);
  return true;
};

// Emitters made while a domain is active join it (implicit binding); an 'error' event with
// no listener goes to the emitter's domain; listeners run inside the emitter's domain.
EventEmitter.usingDomains = true;
var originalInit = EventEmitter.init;
EventEmitter.init = function (opts) {
  Object.defineProperty(this, 'domain', { configurable: true, enumerable: false, writable: true, value: null });
  if (exports.active && !(this instanceof Domain)) this.domain = exports.active;
  return originalInit.call(this, opts);
};

var originalEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function (type) {
  var domain = this.domain;
  if (!domain || domain === this || domain._disposed && type !== 'error') return originalEmit.apply(this, arguments);
  if (type === 'error' && this.listenerCount('error') === 0) {
    var er = arguments[1];
    if (er !== null && typeof er === 'object') {
      er.domainEmitter = this;
      er.domain = domain;
      er.domainThrown = false;
    }
    if (!domain._disposed) domain.emit('error', er);
    return false;
  }
  domain.enter();
  var result = originalEmit.apply(this, arguments);
  domain.exit();
  return result;
};

// Scheduled callbacks remember the active domain and run inside it (as Domain#bind makes them).
function wrapScheduler(schedule) {
  return function (callback) {
    var domain = exports.active;
    if (!domain || typeof callback !== 'function') return schedule.apply(this, arguments);
    var args = Array.prototype.slice.call(arguments);
    args[0] = domain.bind(callback);
    var handle = schedule.apply(this, args);
    if (handle && typeof handle === 'object') handle.domain = domain;
    return handle;
  };
}

['setTimeout', 'setInterval', 'setImmediate'].forEach(function (name) {
  var wrapped = wrapScheduler(timers[name]);
  timers[name] = wrapped;
  global[name] = wrapped;
});
process.nextTick = wrapScheduler(process.nextTick);
