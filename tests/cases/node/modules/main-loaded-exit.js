// The main module is marked loaded once its code has run.
console.log('during:', module.loaded);
process.on('exit', function () {
  console.log('at exit:', module.loaded);
});
