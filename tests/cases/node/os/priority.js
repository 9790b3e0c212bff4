// getPriority of this process, and argument errors.
var os = require('os');
var p = os.getPriority();
console.log(typeof p, p >= -20 && p <= 19, os.getPriority(0) === p, os.getPriority(process.pid) === p);
[['x'], [1.5]].forEach(function (args) {
  try {
    os.getPriority.apply(os, args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
try {
  os.setPriority(0, 100);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
os.setPriority(p);
console.log(os.getPriority() === p);
