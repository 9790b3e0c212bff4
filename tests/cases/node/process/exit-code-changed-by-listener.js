process.on('exit', function (code) {
  console.log('first listener sees', code);
  process.exitCode = 9;
});
process.on('exit', function (code) { console.log('second listener sees', code, process.exitCode); });
