// tmpdir falls back to TMP, then TEMP, then /tmp when TMPDIR is not set.
var os = require('os');
var saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
delete process.env.TMPDIR;
process.env.TMP = '/from/tmp/';
console.log(os.tmpdir());
delete process.env.TMP;
process.env.TEMP = '/from/temp';
console.log(os.tmpdir());
delete process.env.TEMP;
console.log(os.tmpdir());
Object.keys(saved).forEach(function (k) {
  if (saved[k] === undefined) delete process.env[k];
  else process.env[k] = saved[k];
});
