var n = 0;
process.on('exit', function () {
  n++;
  console.log('exit listener', n);
  if (n === 1) process.exit(6);
});
