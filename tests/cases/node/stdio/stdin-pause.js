// Pausing stdin right after resuming lets the program exit.
process.stdin.on('data', function () {});
process.stdin.pause();
console.log('paused', process.stdin.isPaused());
