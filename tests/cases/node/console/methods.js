// The console object's methods.
var names = ['log', 'info', 'error', 'warn', 'dir', 'time', 'timeEnd', 'trace', 'assert',
  'count', 'countReset', 'group', 'groupEnd', 'table', 'timeLog', 'dirxml', 'debug', 'groupCollapsed'];
names.forEach(function (name) { console.log(name, typeof console[name]); });
console.log(typeof console, Object.prototype.toString.call(console));
