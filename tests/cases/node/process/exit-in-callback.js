setTimeout(function () {
  console.log('in timer');
  process.exit(2);
}, 1);
setTimeout(function () { console.log('never'); }, 50);
