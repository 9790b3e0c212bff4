var cp = require('child_process');
var commands = ['echo one', 'echo two', 'exit 1', 'echo four'];
(function next(i) {
  if (i === commands.length) return console.log('done');
  cp.exec(commands[i], function (err, stdout) {
    console.log(i, err ? 'error ' + err.code : JSON.stringify(stdout));
    next(i + 1);
  });
})(0);
