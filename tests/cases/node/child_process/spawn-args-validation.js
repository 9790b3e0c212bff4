var cp = require('child_process');
[undefined, 42, ''].forEach(function (file) {
  try {
    cp.spawn(file);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
try {
  cp.spawn('echo', 'x');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
